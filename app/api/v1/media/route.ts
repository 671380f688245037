import { requireActor, toActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/server/http/json-route";
import { BodyTooLarge, readLimitedBody } from "@/lib/server/http/read-limited-body";
import { MAX_UPLOAD_BYTES } from "@/lib/server/media/prepare-original";
import { uploadMedia } from "@/lib/server/media/upload-media";
import { isSameOrigin } from "@/lib/security/origin";

export const dynamic = "force-dynamic";

/** The file plus the multipart envelope (boundaries, part headers). */
const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
const TOO_LARGE = "The file is larger than 25 MB; export a smaller copy and upload that.";

const tooLarge = () =>
  Response.json({ error: "INVALID_INPUT", message: TOO_LARGE }, { status: 413 });

/**
 * Upload one image: multipart/form-data with the image in the field "file". Answers 201
 * `{ media: MediaView }`, or `{ error, message }` with one sentence. A route handler rather
 * than a server action: uploads are up to 25 MB (actions stop at 1 MB) and the editor's
 * paste and drop handlers post files directly.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request, process.env.GALLEY_PUBLIC_URL ?? process.env.NEXTAUTH_URL)) {
    return Response.json(
      { error: "FORBIDDEN", message: "This request did not come from Galley's own pages." },
      { status: 403 },
    );
  }
  // Refuse what is announced too large before reading any of it.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return tooLarge();
  try {
    const user = await requireActor();
    const body = await readLimitedBody(request, MAX_REQUEST_BYTES);
    const form = await new Response(new Uint8Array(body), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    })
      .formData()
      .catch(() => {
        throw new AppError(
          "INVALID_INPUT",
          'Send the image as multipart/form-data in a field named "file".',
        );
      });
    const file = form.get("file");
    if (!(file instanceof File))
      throw new AppError("INVALID_INPUT", "Choose an image file to upload.", { field: "file" });
    const media = await uploadMedia(toActor(user), {
      bytes: Buffer.from(await file.arrayBuffer()),
      filename: file.name,
    });
    return Response.json({ media }, { status: 201 });
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLarge();
    return jsonError(error);
  }
}
