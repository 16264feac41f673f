import { SAFETY_LINK_HREF, safetyLine, safetyLinkLabel } from '@/lib/guidance';

/** One calm line: after abuse or violence, no contact at all, and where to find support. */
export function SafetyNote({ class: className }: { class?: string }) {
  return (
    <p class={className ?? 'safety'}>
      {safetyLine()}{' '}
      <a href={SAFETY_LINK_HREF} target="_blank" rel="noopener noreferrer">
        {safetyLinkLabel()}
      </a>
    </p>
  );
}
