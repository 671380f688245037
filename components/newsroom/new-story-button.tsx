import { Button } from "@/components/ui/button";

/** "New story": a POST that creates the draft and opens it (works without JavaScript). */
export function NewStoryButton({
  label,
  action,
  variant = "primary",
}: {
  label: string;
  action: (formData: FormData) => void | Promise<void>;
  variant?: "primary" | "secondary";
}) {
  return (
    <form action={action}>
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}
