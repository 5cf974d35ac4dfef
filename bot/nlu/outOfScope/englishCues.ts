import { anyOf, type KindCues } from './kinds';

/** Someone asking how to, or wanting to, do something (apostrophes read as spaces: "i d like"). */
const WANTING = String.raw`(?:how (?:do|can|could|should|would) (?:i|we)|how to|can i|could i|may i|am i able to|is it possible to|is there a way to|i want to|i wanna|i need to|i d like to|id like to|i would like to|i wish to|i m trying to|im trying to|i am trying to|help me|let me|where (?:do|can) i|what do i do to|i can t|i cant|i cannot|unable to)`;
/** Banking operations the assistant does not carry out. */
const OPERATION = String.raw`(?:open|close|order|activate|reactivate|unblock|unlock|block|freeze|transfer|send|top ?up|withdraw|deposit|apply|set ?up|use|verify|upgrade|report|cancel|dispute|exchange|convert|request|replace|increase|raise|lower|reduce|update|edit|modify|delete|remove|return|refund|move|schedule|register|enable|disable|switch|claim|collect|redeem|borrow|lend|cash|contact|complain|fix|reverse|stop|change|reset|pay (?:off|back|in|bills?|someone)|make (?:a|an) (?:payment|transfer|deposit|withdrawal)|make (?:\w+ )?(?:purchases|payments|withdrawals|transfers) (?:with|on|using|abroad|online)|get (?:a|an) (?:new |replacement )?(?:card|debit card|credit card|loan|refund|mortgage|overdraft|account|chequebook|checkbook)|receive money|add money|put money)`;

/** Words of pay that came in, anywhere in the message: "last", "received", "did", "was"… */
const PAY_CAME = String.raw`(?!.*\b(?:last|latest|most recent|previous|received|got|was|were|did|came|arrived|landed)\b)`;

/**
 * English cues of each kind, over the message's words. None fires on an in-scope phrase of the corpus, its
 * templates, the held-out phrases or the public train splits (`tests/bot/nlu/outOfScopeGate.test.ts`), which
 * is why some are narrower than the kind: "bills" alone is an upcoming payment, "card" alone a card payment.
 */
export const ENGLISH_CUES: KindCues = {
  action: anyOf(
    String.raw`\b${WANTING} (?:\w+ )?${OPERATION}\b`,
    // An order given outright ("shift money…", "pay off my bill"); not "send me…", "show…", "open my receipt".
    String.raw`^(?:please )?(?:make (?:a|an) \w+|shift|pay|transfer|move|wire|close|activate|update|clear|post|play|book|remind(?! me (?:of|what|how much|when|how))|schedule|set|turn|apply|top up|withdraw|deposit|unblock|unlock|increase|raise|lower|reverse|renew|upgrade|fix|save|put aside|set aside|stop|freeze|suspend|pause|halt|terminate|shut down)\b`,
    // Freezing an account: "put a hold on my account", "no payments on my bank account", "don't let payments go through".
    String.raw`\b(?:put|place|add|do) (?:a |an )?(?:stop|hold|block|freeze|halt|hault) (?:on|to)\b|^(?:please )?no (?:more |further )?(?:payments|transactions|withdrawals|charges|activity) (?:on|from|to|out of|through)\b`,
    String.raw`\b(?:don t|dont|do not) (?:allow|let) (?:any )?(?:payments?|transactions?|action|activity)\b`,
    // A travel notice: "tell my bank i'm abroad", "i'm going to be in canada from the 10th"; not "going to be in the red".
    String.raw`\b(?:tell|let|notify|inform|alert|call) (?:my|the) bank\b`,
    String.raw`\b(?:i m|im|i am|i will be|i ll be|ill be|we re|we are|we will be) (?:going to be in(?! (?:the red|the black|debt|credit|overdraft|the negative|deficit|minus|profit|surplus)\b)|travell?ing (?:to|abroad|internationally|between)|going (?:abroad|overseas|out of the country)|out of the country)\b`,
    // Cheque books to order: "my checks have run out".
    String.raw`\b(?:run|ran|running) out of (?:checks|cheques|checkbooks|chequebooks)\b|\b(?:checks|cheques|checkbooks|chequebooks) (?:have |has )?(?:run|ran) out\b|\b(?:more|new) (?:checkbooks|chequebooks)\b`,
    // About someone else ("how can the recipient see…"); "how does my spending compare" is ours.
    String.raw`\bhow (?:can|will|would|could|should) (?!i\b|my\b|you\b)\w+`,
    String.raw`\b(?:need|want) (?:it|them|this|my \w+) (?:delivered|sent|shipped|redirected) (?:by|before|to|on|at)\b`,
    // A payment still to clear ("I don't want it to go through"); "what went through yesterday" is ours.
    String.raw`(?:\b(?:to|not|nothing|never|wont|dont|doesnt)|n t) go(?:es)? through\b`,
    String.raw`\bwaiting for .* to (?:go through|clear|arrive|come)\b`,
    String.raw`\b(?:through|via) (?:this|the app)\W*$`,
    String.raw`\b(?:order|new|request) (?:checks|cheques|a chequebook|a checkbook|a cheque book)\b`,
    // Emptying or closing an account, wiping a mailbox, help with an operation: "help me with my transfer".
    String.raw`\btake (?:all |some )?(?:of )?(?:my |the )?(?:money|cash|funds) out\b|\bclose (?:my|the|this) (?:\w+ )?account\b`,
    String.raw`^(?:please )?(?:erase|delete|wipe)\b`,
    String.raw`\b(?:turn|switch) (?:on|off) (?:my|the) (?!notifications|alerts|notifs|updates)\w+`,
    String.raw`\bhelp (?:me )?with (?:my|a|the|this) (?:transfer|card|loan|refund|return|direct debit|standing order|mortgage)\b`,
  ),
  feesAndRates: anyOf(
    String.raw`\b(?:apr|aer|interest|exchange rates?|interest rates?|rates? (?:on|for|of)|fees?|commission|fico|rewards?|points balance|pto|vacation days)\b`,
    String.raw`\bhow much (?:does|do|would|will) (?:it|a|an)(?: \w+){0,3} (?:cost|charge)\b`,
    String.raw`\bwhat does (?:it|a|an)(?: \w+){0,3} cost\b`,
    String.raw`\b(?:do you charge|is there a (?:fee|charge)|charges? (?:for|to) \w+ing)\b`,
    // What a service costs ("is apple pay costly"); "my most expensive purchase" is ours.
    String.raw`\b(?:costly|pricey|overpriced)\b`,
    String.raw`\b(?:how much credit|credit (?:score|rat\w*|rai\w*|limit|line|report|history|check))\b`,
  ),
  dispute: anyOf(
    String.raw`\b(?:charged (?:me )?(?:twice|double|two times|three times|more than once|again|wrongly|incorrectly|by mistake)|overcharged|double charged|(?:duplicate|double|duplicated) (?:charge|payment|transaction)s?)\b`,
    String.raw`\bi (?:didn t|didnt|did not|never|don t think i|dont think i) (?:make|made|authori[sz]e|authori[sz]ed|do|did|buy|bought|order|ordered|purchase|purchased|pay for|paid for)\b`,
    String.raw`\b(?:(?:don t|dont|do not|can t|cant) recogni[sz]e|unrecogni[sz]ed|unauthori[sz]ed|unknown|not mine|wasn t me|weird|strange|suspicious|fraud\w*|scam\w*|dodgy|bogus|fake|phony|fishy|sketchy|rogue)\b`,
    // Pending payments are a question for an adviser in the public sets; "pending bills" (however typed: "biles", "bils") are upcoming ones.
    String.raw`\bpending(?! bil+e?s?\b)\b`,
    String.raw`\b(?:(?:balance|statement|amount|total) (?:is|s|looks) (?:wrong|incorrect|off)|wrong balance|wrong amount|less than (?:what )?i (?:thought|expected))\b`,
    String.raw`\b(?:(?:don t|dont|do not|can t|cant|cannot) see (?:it|them|the|my|any|this|that)|not (?:on|in) (?:my|the) (?:statement|account))\b`,
    String.raw`\b(?:doesn t|does not|didn t|did not|isn t|is not|hasn t|has not) (?:show|shown|showing|appear|appeared|appearing|updated|update)\b`,
    String.raw`\b(?:unsuccessful|failed|declined|rejected|not working|doesn t work|stopped working|won t work)\b`,
    String.raw`\b(?:stolen|hacked|compromised|breached)\b`,
    // Money sent that the customer is looking for: "where is my transfer", "where's my last money transaction" (one
    // item, singular; "where are my transactions" asks for the list).
    String.raw`\bwhere (?:is|s) (?:my|the) (?:last |latest |recent )?(?:money |bank )?(?:transfer|transaction|payment|deposit|refund)\b`,
    // A mistake to put right: "I made a mistake with a transaction", "I paid the wrong person by mistake".
    String.raw`\b(?:made|make|making) (?:a|an) (?:mistake|error)\b|\bby mistake\b|\bin error\b|\bmistakenly\b`,
    // A line on the statement the customer asks to be explained: "what is this direct debit on my statement".
    String.raw`\bwhat (?:is |s )?this (?:\w+ )?(?:direct debit|charge|payment|transaction|debit)\b(?: \w+){0,2} (?:in|on) my statement\b`,
    String.raw`\bwhat (?:is |s )?this (?:\w+ )?(?:direct debit|charge|payment|transaction|debit)\b (?:that )?(?:i am|i m|im|i) (?:seeing|see|can see|keep seeing|have got|ve got|got)\b`,
    // A small charge to explain: "what is the $1 transaction on my account", "charged $1 in a transaction", "an extra pound".
    String.raw`\bwhat (?:is|s|was) (?:the|this|that) \d+ (?:pound |dollar |euro |quid |cent )?(?:transaction|charge|payment|debit|fee)\b`,
    String.raw`\b(?:charge|charged|fee)\b(?: \d+| an? \w+)? in (?:a |the |my |this )?transaction\b|\bextra (?:\d+ )?(?:pound|dollar|euro|quid|charge)s?\b|\bcharged (?:me )?extra\b`,
    // Money sent that never came: "the transfer I made hasn't arrived"; a parcel that hasn't arrived is a delivery question.
    String.raw`\b(?:money|funds|transfer|payment|deposit|cash)\b(?: \w+){0,5} (?:hasn t|has not|didn t|did not|never|not) (?:arrived|come through|landed|gone through|reached)\b`,
    String.raw`\b(?:why (?:was|am|have|did|were) (?:i|we) (?:been )?charged|why (?:is|was) there (?:a|an) (?:charge|fee|payment))\b`,
  ),
  cardOrCredentials: anyOf(
    String.raw`\b(?:pin|pins|passcode|password|passwd|login|log in|sign in|username|security code|verification code|otp|cvv|cvc)\b`,
    // The card as a thing ("my new card", "the card I ordered"); "card payments" and "on my card" are ours.
    String.raw`\b(?:(?:a|my|the) new|replacement|replace|spare|virtual|physical|lost|stolen|broken|broke|damaged|expired|expiring|activate|activation|swallowed|lose)\b(?: \w+){0,3} card\b`,
    String.raw`\bcard\b(?: \w+){0,3} (?:i ordered|ordered|arrive|arrived|arriving|delivered|delivery|expire\w*|activat\w*|stuck|swallowed|broke\w*|damaged|lost|stolen|working|block\w*|frozen|freeze|limit|taken|retained|kept|eaten|confiscated)\b`,
    String.raw`\b(?:took|take|taken|kept|keep|ate|eaten|retained) my card\b`,
    String.raw`\bordered (?:my|a|the) (?:new )?card\b`,
    // The card in the post: "the envelope with my card", "when does my new visa come".
    String.raw`\b(?:package|parcel|envelope|letter) (?:with|containing) (?:my|the) (?:new )?card\b|\b(?:my|the) new (?:visa|mastercard|amex)\b`,
    // The number itself, which an answer masks: "what is my checking account number", "my sort code".
    String.raw`\b(?:account|routing|sort|card|customer) (?:number|no|code)\b(?! ending\b)`,
  ),
  shopping: anyOf(
    String.raw`\b(?:alexa|siri|cortana|bixby|hey google|ok google)\b`,
    String.raw`^(?:please )?(?:buy|reorder|place)\b`,
    String.raw`\b(?:can|could|would) you (?:please )?(?:order|buy) (?:a|an|some|me)\b`,
    // "purchase grass seed from the store", not "purchase status".
    String.raw`^(?:please )?(?:purchase|order) (?:a|an|some|me|more|new|(?:\w+ ){1,3}(?:from|at|on|online|for))\b`,
    // Placing an order: "submit order for everything", "get me an order of creatine"; "my order" is a parcel.
    String.raw`^(?:please )?(?:submit|put in|send) (?:an |the |my |a )?order\b|\b(?:get|grab|fetch|bring) me (?:an? |some )?(?:order|pack|packet|bag|box|bottle|tub|case) of\b`,
    String.raw`\b(?:on sale|for sale|in stock|(?:grocery|shopping) list|listings?|coupons?|discount codes?|cheapest|best price|add (?:\w+ ){1,3}to (?:my )?(?:cart|basket|list))\b`,
  ),
  payToCome: anyOf(
    // When pay is to come; "when did my salary come in", "tell me when i received my last paycheck", "what day
    // did i get paid" ask for pay that came in (`PAY_CAME`).
    String.raw`^${PAY_CAME}.*\bwhen (?!did\b|was\b|were\b|have\b|has\b|had\b)(?:\w+ ){0,6}(?:paycheck|pay check|payday|pay day|paid|(?:my|the) pay|salary|wages)\b`,
    String.raw`^${PAY_CAME}.*\b(?:what|which) (?:day|date)\b(?: \w+){0,4} (?:paycheck|pay check|payday|pay day|pay|paid|salary|wages)\b`,
    // Pay said to be coming soon: "is my paycheck arriving soon", "will i get paid soon".
    String.raw`\b(?:paycheck|pay check|paycheque|payday|pay day|pay|paid|salary|wages?)\b(?: \w+){0,3} soon\b`,
    String.raw`\b(?:paycheck|payday|pay|salary|wages) (?:\w+ )?coming next\b`,
    String.raw`\b(?:pay stub|paystub|payslip|pay slip|p60|w2|w 2|tax return)\b`,
    // Gross pay is the payslip's figure, never the money that came in; "my paycheck is going to be" is to come.
    String.raw`\b(?:gross|pre tax|before tax) (?:income|pay|salary|wages?|earnings)\b|\b(?:income|pay|salary|wages?|earnings) (?:before|pre) tax\b`,
    String.raw`\b(?:paycheck|pay check|pay|salary|income|wages?|earnings) (?:is |are )?going to be\b`,
    String.raw`\bwhat (?:will|do|would) i (?:make|earn|get paid|take home|bring in)\b`,
    String.raw`\bhow much (?:money )?am i (?:paid|making|earning|getting paid)\b`,
    // Money still to arrive ("when will money be available in my account"); "has my refund arrived" came.
    String.raw`\bwhen (?:will|would|does|do|should|can) (?:the |my |this |that |a )?(?:money|funds|cash|deposit|transfer|refund|cheque|check|top up)s? (?:\w+ )?(?:be available|become available|be there|arrive|clear|show|appear|reach|go through|land|be credited)\b`,
    String.raw`\bhow long (?:until|till|before|for|will it take for|does it take for) (?:the |my |this |that |a )?(?:money|funds|cash|deposit|transfer|refund|cheque|check|top up)s?\b`,
    // "when is my next check coming"; "will i make it to my next paycheck" is an upcoming question.
    String.raw`\bwhen (?!did\b|was\b|were\b|have\b|has\b|had\b)(?:\w+ ){0,4}next (?:check|cheque)\b`,
  ),
  creditAndLimits: anyOf(
    // A debt to a card company or lender by name: "how much do i owe visa"; "owe on my credit card" is its balance.
    String.raw`\b(?:owe|owing) (?:to )?(?:visa|mastercard|master card|amex|american express|discover|capital one|chase|citi|citibank|barclaycard|klarna|paypal|affirm|the bank|my bank|the card company|the credit card company|them|him|her|you)\b`,
    // What is left to borrow on a credit card, never its balance ("the available funds on my card" may be a
    // debit card's, the account's balance: ours): "how much is available on my credit card", "max out".
    String.raw`\b(?:available|left to spend|spend at most|max out|allowed to spend)\b(?: \w+){0,4} (?:on|with|in) (?:my|the) (?:credit|visa|mastercard|master card|amex|american express|discover|discovery) card\b`,
    String.raw`\b(?:spend at most|max out|allowed to spend|credit left)\b`,
    String.raw`\b(?:how high|how much) can (?:my|the) (?:\w+ )?card (?:balance )?go\b`,
    String.raw`\boverdraft (?:protection|cover|facility|limit|allowance)\b`,
    // What is owed on bills or to a utility company, which the bank does not hold: "how much do i owe in bills".
    String.raw`\bowe (?:in|for) (?:my )?(?:bills|rent|taxes|tax|utilities|fines)\b|\bowe (?:to )?(?!on\b|in\b|for\b|at\b|my\b|the\b|altogether\b|overall\b|now\b|this\b|so\b|right\b|currently\b|today\b|total\b|and\b|still\b|back\b)[a-z]{3,}\b|\bbalance (?:on|with|at) (?:the )?(?:\w+ ){0,2}(?:company|provider|supplier|utility|board)\b`,
    // The total owed on bills, which the bank does not hold: "the total cost of my gas bills", "what i need to spend on bills".
    String.raw`\b(?:total|cost|balance|amount|sum) (?:of|on|for) (?:all )?(?:my |the |our )?(?:(?!subscriptions?\b|recurring\b|regular\b|monthly\b)\w+ )?(?:bills|bill payments)\b`,
    String.raw`\b(?:need|have) to (?:spend|pay|put aside)\b(?: \w+){0,2} (?:on|for) (?:my |the )?(?:paying )?(?:bills|bill payments)\b`,
    // What the bills come to: "how much are my monthly bills", "my total bills"; "how much did i pay in bills" is spending.
    String.raw`\bhow much (?:are|is) (?:all )?(?:my|the|our) (?:\w+ ){0,3}bills?\b|\btotal bills\b|\bbills?\b(?: \w+){0,2} (?:add up|adds up|come to|comes to|amount to|amounts to)\b`,
    // A card's or a loan's minimum payment, which the lender sets ("the minumum to pay is what").
    String.raw`\bmi\w*m\w* (?:to pay|payment|payable|amount (?:due|to pay)|due)\b`,
  ),
  bankService: anyOf(
    String.raw`\b(?:is|are) (?:my |the |our )?(?:money|funds|savings|deposits?|cash|account|accounts)\b(?: \w+){0,4} (?:safe|secure|protected|insured|guaranteed)\b`,
    String.raw`\b(?:hold|have|keep|support|accept|exchange|offer|use)\b(?: \w+){0,5} (?:currencies|more than one currency|multiple currencies)\b|\b(?:which|what) currencies\b`,
    // Direct deposit named alone or with its paperwork is the service (setting it up), not money that came in: "direct deposit", "direct deposit form".
    String.raw`^(?:a |my |the )?direct deposits?(?: (?:form|forms|info|information|details|set ?up|setup|number|slip))?$`,
  ),
  notMoney: anyOf(
    // What is left of a phone plan or of days off: "how much data is left", "how much holiday allowance is left".
    String.raw`\b(?:mobile data|data allowance|data plan|(?:how much|amount of|gigs? of|gb of) (?:mobile )?data)\b`,
    String.raw`\b(?:holiday|annual|vacation|sick|leave) (?:allowance|entitlement)\b|\b(?:time|days) off\b|\b(?:time|days?|hours|holidays?|vacation)\b(?: \w+){1,3} off\b`,
    // The news and facts about a place: "give me the latest news", "the rents in my city"; "any news on my parcel"
    // (or "aobut" it) is ours.
    String.raw`\b(?:news|headlines)\b(?! (?:on|of|for|regarding|from|a[a-z]{3,5})\b)`,
    String.raw`\b(?:in|of|around|near|for) (?:my|our|the) (?:city|town|area|neighbou?rhood|region|country|state|village)\b`,
    // A device at home: "need the tv on please"; "is my tv on its way" is a parcel.
    String.raw`\b(?:tv|television|telly|lights?|lamp|fan|furnace|heating|oven|radio|thermostat) (?:on|off)\b(?! (?:its|it s|their|the|my) way\b)`,
    // What a thing is worth: "the value of my car"; "what's my account worth" is its balance.
    String.raw`\b(?:value|valuation)\b(?: \w+){0,3} (?:car|house|home|flat|property|van|motorbike|bike|watch|jewellery|boat)\b`,
    String.raw`\b(?:car|house|home|flat|property|van|motorbike|bike|watch|boat) (?:is |be )?worth\b`,
    String.raw`\b(?:gold|silver|bitcoin|crypto|shares?|stocks?|the dollar|the pound|the euro) (?:is |are )?(?:worth|valued|trading)\b|\b(?:stock market|the market|share prices?|dow jones|nasdaq|ftse)\b`,
    String.raw`\b(?:days|hours|holidays|leave) (?:i ve|i have|i d) (?:taken|had|used)\b`,
    // The status of something that is no order and no money: "the status of the strike"; "status of my order" is ours.
    String.raw`\bstatus of (?:the |my |a |an |this |that |our )?(?:government|shutdown|strike|flight|election|(?:\w+ )?application|passport|lawsuit|court case|appeal|roadworks|traffic|economy|server|website|network|outage|repairs?|planning|claim|insurance claim)\b`,
    // Tracking or an activity log that is not a parcel's nor an account's: "track my phone", "activity on my fitbit".
    String.raw`\btrack (?:a |my |the |your )?(?:phone|iphone|mobile|child|kids?|son|daughter|car|flight|run|runs|workouts?|steps|calories|sleep|location|friend|wife|husband|weight|habits?)\b`,
    String.raw`\b(?:this|that) (?:track|song|tune)\b`,
    String.raw`\bactivity (?:on|in|of|from) (?:my |the )?(?:fitbit|garden|watch|smart ?watch|phone|strava|instagram|facebook|twitter|profile|feed|calendar|doorbell|camera|xbox|email)\b`,
    // "the history of sparta"; "the history of my account", "history of payments" are ours.
    String.raw`\bhistory of (?!(?:my|the|this|that|our|all|each|every|your|transactions?|payments?|purchases?|spending|charges?|debits?|transfers?|withdrawals?|orders?)\b)\w+`,
    String.raw`\b(?:energy|electricity|gas|water|data|fuel) (?:usage|consumption)\b`,
    String.raw`\b(?:last|latest|recent) (?:text messages?|texts|emails?|voicemails?|missed calls?)\b`,
    // What was said or noted, not money: "the last thing you told me", "my reminders".
    String.raw`\b(?:thing you (?:said|told me)|you just said|reminders?|to ?do list)\b`,
    // A car's upkeep or its tank, when no money is asked: "when was my car last serviced", "how much gas is left in
    // the tank"; "how much did the car service cost" and "how much is left for petrol this month" are ours.
    String.raw`^(?!.*\b(?:cost|costs|costed|pay|paid|spend|spent|price|charged?|money|budget|bill|\d+)\b).*\b(?:car|vehicle|van|truck|motorbike)\b(?: \w+){0,3} (?:checked|serviced|inspected|maintained|looked at|tuned|mot d)\b`,
    String.raw`^(?!.*\b(?:cost|costs|pay|paid|spend|spent|price|charged?|money|budget|bill|\d+)\b).*(?:\b(?:gas|fuel|petrol|diesel)\b(?: \w+){0,3} (?:left|remaining|level)\b|\b(?:left|remaining)\b(?: \w+){0,4} (?:gas|fuel|petrol|diesel|tank)\b)`,
  ),
};

/** A salary asked without a period ("how much do I earn") is a pay rate, not the money that came in. */
export const ENGLISH_PAY_RATE = anyOf(
  String.raw`\bhow much (?:money )?(?:do|will|would|can) i (?:make|earn|get paid|take home|bring in)\b`,
  String.raw`\bwhat (?:is|s) my (?:salary|wage|wages|pay|compensation|hourly rate|income)\b`,
  String.raw`\b(?:tell me|know) my (?:salary|income)\b`,
  String.raw`\bwhat (?:amount|figure|sum) is my (?:salary|income|pay)\b`,
  String.raw`\bwhat (?:amount|figure|sum)(?: of money)? (?:do i|will i|would i|am i|i m|i am) (?:earn|earning|make|making|getting paid|paid)\b`,
  String.raw`\b(?:amount|figure|sum) of my (?:salary|income|wages?|pay|earnings)\b`,
);
