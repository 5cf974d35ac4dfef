/** Handing over to a person, paging, and quick replies of the conversation features. */
export const conversation = {
  handoff: 'I’m passing you to an adviser, with our conversation so far. They will answer you here; you don’t need to repeat anything.',
  handoffAfterFailures: 'I’m sorry I couldn’t understand. I’m passing you to an adviser, with our conversation so far. They will answer you here.',
  moreQuick: {
    showMore: 'Show more',
    adviser: 'Talk to an adviser',
  },
};
