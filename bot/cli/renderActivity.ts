import type { Activity, Attachment } from 'botbuilder';

export interface Rendered {
  lines: string[];
  /** What each numbered choice sends back, in order. */
  choices: string[];
}

/** Turns a bot activity into plain terminal text: suggested actions become numbered choices, cards become lines. */
export function renderActivity(activity: Partial<Activity>): Rendered {
  const lines: string[] = [];
  if (activity.text) lines.push(...activity.text.split('\n'));
  for (const attachment of activity.attachments ?? []) lines.push(...renderAttachment(attachment));
  const actions = activity.suggestedActions?.actions ?? [];
  const choices = actions.map((action) => String(action.value ?? action.title));
  if (actions.length > 0) lines.push(actions.map((action, i) => `[${i + 1}] ${action.title}`).join('  '));
  return { lines, choices };
}

interface ReceiptCardContent {
  title?: string;
  facts?: { key: string; value: string }[];
  items?: { title?: string; subtitle?: string; price?: string; quantity?: string }[];
  tax?: string;
  total?: string;
}

function renderAttachment(attachment: Attachment): string[] {
  if (attachment.contentType === 'application/vnd.microsoft.card.receipt') {
    const card = attachment.content as ReceiptCardContent;
    return [
      `── ${card.title ?? ''} ──`,
      ...(card.facts ?? []).map((fact) => `${fact.key}: ${fact.value}`),
      ...(card.items ?? []).map((item) => `  ${item.quantity ? `${item.quantity} × ` : ''}${item.title ?? ''}  ${item.price ?? ''}`),
      ...(card.tax ? [`Tax / TVA: ${card.tax}`] : []),
      ...(card.total ? [`Total: ${card.total}`] : []),
    ];
  }
  const content = attachment.content as { title?: string; text?: string } | undefined;
  return [`[${attachment.contentType}] ${content?.title ?? ''} ${content?.text ?? ''}`.trim()];
}
