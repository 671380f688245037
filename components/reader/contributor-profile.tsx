/** A contributor's photo, as the listing's heading shows it: square, beside the name. */
export function ContributorPhoto({
  photo,
  name,
}: {
  photo: { url: string; width: number; height: number };
  name: string;
}) {
  return (
    // Library images are served as they are (variants come later); a plain img keeps it simple.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={photo.url}
      alt={name}
      width={photo.width}
      height={photo.height}
      className="h-16 w-16 shrink-0 rounded-full object-cover sm:h-20 sm:w-20"
    />
  );
}

/** Their title, and their own pages elsewhere (labelled by site), under the name. */
export function ContributorAbout({
  jobTitle,
  links,
  linksLabel,
}: {
  jobTitle: string | null;
  links: { url: string; label: string }[];
  linksLabel: string;
}) {
  if (!jobTitle && links.length === 0) return null;
  return (
    <div className="mt-1 space-y-2">
      {jobTitle && <p className="font-medium">{jobTitle}</p>}
      {links.length > 0 && (
        <ul aria-label={linksLabel} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((link) => (
            <li key={link.url}>
              {/* rel=me: the page is theirs; the profile and it name the same person. */}
              <a href={link.url} rel="me" className="text-[var(--color-accent)] underline">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
