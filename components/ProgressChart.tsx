import { i18n } from '#i18n';
import type { DayBar } from '@/lib/progress';

const WIDTH = 600;
const HEIGHT = 120;
const GAP = 2;

/** A small 30-day chart in plain SVG: drafts kept (solid) and sends after a pause (outline). */
export function ProgressChart({ bars }: { bars: readonly DayBar[] }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.kept, b.sentAfterPause)));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = (slot - GAP) / 2;
  const h = (n: number) => Math.round((n / max) * (HEIGHT - 16));
  const label = i18n.t('progress.chartLabel', [
    String(bars.length),
    String(bars.reduce((s, b) => s + b.kept, 0)),
    String(bars.reduce((s, b) => s + b.sentAfterPause, 0)),
  ]);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none">
        <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} class="axis" />
        {bars.map((b, i) => (
          <g key={b.date}>
            <title>{i18n.t('progress.chartDay', [b.date, String(b.kept), String(b.sentAfterPause)])}</title>
            {b.kept > 0 && <rect class="kept" x={i * slot} y={HEIGHT - h(b.kept)} width={barWidth} height={h(b.kept)} rx="2" />}
            {b.sentAfterPause > 0 && (
              <rect
                class="sent"
                x={i * slot + barWidth}
                y={HEIGHT - h(b.sentAfterPause)}
                width={barWidth}
                height={h(b.sentAfterPause)}
                rx="2"
              />
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <span class="key kept" aria-hidden="true" /> {i18n.t('progress.keyKept')} <span class="key sent" aria-hidden="true" />{' '}
        {i18n.t('progress.keySent')}
      </figcaption>
    </figure>
  );
}
