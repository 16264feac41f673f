/**
 * The content script's draft check. The measured rules (too-long, late at
 * night, writing twice, too soon, the space window) are checked here, at
 * once; the text rules (confession, autopsy, pleading, labels) are asked of
 * the background worker, which holds the classifier, so it never loads into
 * a messenger page. Only the newest draft's answer counts: an answer for an
 * older text is dropped.
 */
import { browser } from 'wxt/browser';
import { DraftCheckReplySchema, draftCheckRequest } from '@/lib/draft-check';
import { hasContent, measuredFindings } from '@/lib/rules/context';
import { mergeFindings } from '@/lib/rules/findings';
import { TEXT_RULES, type DraftContext, type Finding, type RuleId } from '@/lib/rules/types';

export type SendMessage = (message: unknown) => Promise<unknown>;

export interface DraftState {
  findings: Finding[];
  /** The text rules have not answered for exactly this text yet (or could not). */
  pending: boolean;
}

export interface DraftChecker {
  /**
   * All findings for the text once the worker has answered; null when a
   * newer text was checked meanwhile (this answer is stale). If the worker
   * cannot answer, the measured findings, and the text stays pending.
   */
  check(text: string, context: DraftContext): Promise<Finding[] | null>;
  /**
   * What is known now, synchronously (the send guard decides on keydown). While
   * the text is pending, the findings of the last text answered stand in.
   */
  current(text: string, context: DraftContext): DraftState;
}

const READ_IN_WORKER = new Set<RuleId>(TEXT_RULES.filter((rule) => rule !== 'too-long'));

export function createDraftChecker(send: SendMessage = (message) => browser.runtime.sendMessage(message)): DraftChecker {
  let known: { text: string; findings: Finding[] } | null = null;
  let newest = 0;
  let inFlight: { text: string; answer: Promise<boolean> } | null = null;

  const textFindings = (text: string): Finding[] | null => (!hasContent(text) ? [] : known?.text === text ? known.findings : null);

  const current = (text: string, context: DraftContext): DraftState => {
    const read = textFindings(text);
    // Not answered yet: the last answer (usually the same draft a few keys shorter) stands in until it is.
    const provisional = read ?? (hasContent(text) ? (known?.findings ?? []) : []);
    return { findings: mergeFindings([measuredFindings(text, context), provisional], context.disabled), pending: read === null };
  };

  /** Asks the worker about text; true when this is still the newest text asked about. */
  const ask = (text: string): Promise<boolean> => {
    if (inFlight?.text === text) return inFlight.answer;
    const seq = ++newest;
    const answer = (async () => {
      let reply: unknown;
      try {
        reply = await send(draftCheckRequest(text));
      } catch {
        reply = undefined; // worker restarting or extension updated: stays pending, so sends stay guarded
      }
      if (seq !== newest) return false;
      inFlight = null;
      const parsed = DraftCheckReplySchema.safeParse(reply);
      if (parsed.success) known = { text, findings: parsed.data.findings.filter((f) => READ_IN_WORKER.has(f.rule)) };
      return true;
    })();
    inFlight = { text, answer };
    return answer;
  };

  return {
    current,
    async check(text, context) {
      if (textFindings(text) === null && !(await ask(text))) return null;
      return current(text, context).findings;
    },
  };
}
