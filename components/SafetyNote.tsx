import { SAFETY_LINE, SAFETY_LINK } from '@/lib/guidance';

/** One calm line: after abuse or violence, no contact at all, and where to find support. */
export function SafetyNote({ class: className }: { class?: string }) {
  return (
    <p class={className ?? 'safety'}>
      {SAFETY_LINE}{' '}
      <a href={SAFETY_LINK.href} target="_blank" rel="noopener noreferrer">
        {SAFETY_LINK.label}
      </a>
    </p>
  );
}
