import { Button } from "@/components/ui/button";

/** "New story": a POST that creates the draft and opens it (works without JavaScript). */
export function NewStoryButton({
  label,
  action,
}: {
  label: string;
  action: (formData: FormData) => void | Promise<void>;
}) {
  return (
    <form action={action}>
      <Button type="submit" variant="primary">
        {label}
      </Button>
    </form>
  );
}
