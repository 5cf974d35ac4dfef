/** Handing over to a person, paging, and quick replies of the conversation features. */
export const conversation = {
  handoff: 'I’m passing you to an adviser, with our conversation so far. They will answer you here; you don’t need to repeat anything.',
  handoffAfterFailures: 'I’m sorry I couldn’t understand. I’m passing you to an adviser, with our conversation so far. They will answer you here.',
  /** After "yes" to "anything else?", and after "no" to an offer. */
  whatToCheck: 'Sure. What would you like to check?',
  offerDeclined: 'All right. What would you like to check?',
  /** "the second one", "and last month?" with no list or question before them. */
  nothingToChoose: 'There is no list to choose from right now. Ask for "my receipts" or "my deliveries", then pick one by its number.',
  nothingToFollow: 'I have no earlier question to build on. Ask it in full, for example "what did I spend last month?" or "my balance on 1 October".',
  yesNoQuick: { yes: 'Yes', no: 'No' },
  moreQuick: {
    showMore: 'Show more',
    adviser: 'Talk to an adviser',
  },
};
