/**
 * Phrases the coach looks for. Each pattern is a phrase, not a word: "your job as a designer" is
 * curiosity about their work, "a job at your company" is an ask.
 */

const POST = String.raw`(?:jobs?|positions?|roles?|internships?|placements?|vacanc(?:y|ies)|openings?|opportunit(?:y|ies)|work placements?)`;
const KIND = String.raw`(?:new |full[- ]time |part[- ]time |summer |paid |graduate |junior |entry[- ]level |open |similar )?`;

/**
 * Saying plainly that this is not a job ask, as careers guides recommend ("I'm not asking for a
 * job", "this isn't about a job"): the phrase is set aside before the job-ask patterns run.
 */
export const NOT_A_JOB_ASK =
  /(?:\b(?:not|never|no)|n['’]t)\s+(?:\w+\s+){0,3}?(?:asking|looking|hoping|angling|seeking|here|writing|reaching out|about)\b[^.?!;]{0,40}?\b(?:jobs?|positions?|roles?|internships?|openings?|referrals?|favou?rs? of that kind)\b[^.?!;,]*/giu;

/** Asking for a job, an internship, a referral for a role. */
export const JOB_ASK: readonly RegExp[] = [
  // "are you hiring", "is your team still hiring", "if you're hiring"
  /\b(?:are|is|if)\s+(?:you|you're|your\s+\w+(?:\s+\w+)?|they|\w+)\s+(?:currently\s+|still\s+|now\s+)?hiring\b/iu,
  /\b(?:you're|you are|they're)\s+(?:currently\s+|still\s+)?hiring\b/iu,
  /\bhiring\s+(?:for|right now|at the moment|now)\b/iu,
  /\bhire me\b/iu,
  // "any openings", "job openings", "open roles", "vacancies"
  /\b(?:job|open)\s+(?:openings?|positions?|roles?|vacanc(?:y|ies))\b/iu,
  /\bvacanc(?:y|ies)\b/iu,
  new RegExp(String.raw`\bany\s+${KIND}${POST}\b`, 'iu'),
  /\b(?:an?\s+)?openings?\s+(?:on|in|at)\s+(?:your|the)\s+team\b/iu,
  // "looking for a job", "land an internship", "help me get a role"
  new RegExp(String.raw`\b(?:looking for|seeking|searching for|find|land|get|secure|offer me|need|apply(?:ing)? (?:for|to))\s+(?:me\s+)?(?:a|an|any|the|your|this|that)?\s*${KIND}${POST}\b(?!\s+like\b)`, 'iu'),
  /\b(?:a|any)\s+jobs?\b(?!\s+like\b)/iu,
  /\bjob\s+(?:offers?|applications?|hunt(?:ing)?|search(?:ing)?)\b/iu,
  /\b(?:my|an?)\s+application\b/iu,
  /\binternships?\s+(?:at|with)\s+(?:your|you)\b/iu,
  /\bjoin(?:ing)?\s+your\s+(?:team|company|firm|organi[sz]ation|group)\b/iu,
  /\bto\s+work\s+(?:for|under|with)\s+you\b/iu,
  // "refer me", "a referral for the role", "put in a good word"
  /\brefer\s+me\b/iu,
  new RegExp(String.raw`\breferral\s+(?:for|to)\s+(?:a|an|the|your|this|that)?\s*(?:\w+\s+)?${POST}`, 'iu'),
  /\b(?:job|internal|employee)\s+referral\b/iu,
  /\b(?:put|putting)\s+in\s+a\s+(?:good\s+)?word\b/iu,
  /\b(?:recommend|consider)\s+me\s+for\b/iu,
  /\bfoot in the door\b/iu,
];

/** Handing over a CV: a job ask in a first message, welcome after a conversation ("may I send you my résumé?"). */
export const RESUME_OFFER: readonly RegExp[] = [
  // CVs and résumés: "resume" only as a noun ("my resume"), not the verb ("resume our chat")
  /\bcv\b/iu,
  /\bcurriculum vitae\b/iu,
  /(?<!\p{L})(?:résumé|resumé|résume)s?(?!\p{L})/iu,
  /\b(?:my|attached|attaching|updated|the|a)\s+r[ée]sum[ée]s?(?!\p{L})/iu,
  /\b(?:pass|send|forward)(?:ing)?\s+(?:along\s+|on\s+)?my\s+(?:details|profile|cv)\b/iu,
];

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)`;

/** A specific day or clock time proposed by the user, which a first message should leave to them. */
export const FIXED_TIME: readonly RegExp[] = [
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/iu,
  /\b(?:[01]?\d|2[0-3])[:h][0-5]\d\b/iu,
  /\b(?:at|around)\s+(?:[01]?\d|2[0-3])(?=\s*(?:$|[,;!?)]|\.(?:\s|$)|o'?clock|ish\b|on\b|tomorrow|today|this\b|next\b|your time|[a-z]{1,2}st\b|gmt|utc|cet))/iu,
  // "around lunchtime" or "before work" is a window they can choose within, not a fixed time.
  /\bat\s+(?:noon|midday)\b/iu,
  /\b(?:tomorrow|tonight|today at)\b/iu,
  new RegExp(String.raw`\b(?:on|this|next|coming)\s+${DAY}\b`, 'iu'),
  new RegExp(String.raw`\b${DAY}\s+(?:at|morning|afternoon|evening)\b`, 'iu'),
  new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d|,?\s*\d{3}|[\s-]*min)`, 'iu'),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, 'iu'),
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/u,
  /\b\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\b/u,
  /\b\d{4}-\d{2}-\d{2}\b/u,
  /\bon the \d{1,2}(?:st|nd|rd|th)\b/iu,
];

const NUMBER = String.raw`(?:\d{1,3}|ten|fifteen|twenty|twenty[- ]five|thirty|forty[- ]five|sixty)`;
/** "15 minutes", "15–20 min", "a 15-minute call", "twenty minutes": every mention, to read its numbers. */
export const MINUTES = new RegExp(String.raw`\b(${NUMBER})(?:\s*(?:-|–|—|to|or)\s*(${NUMBER}))?[\s-]*min(?:ute)?s?\b`, 'giu');
/** Asking for far more than 20 minutes. */
export const LONG_ASK = /\b(?:an?|one|two|couple of)\s+hours?\b|\bdinner\s+(?:together|with you)\b/iu;
/** Offering a way or a window to meet ("a coffee", "over lunch", "before work"): a small, concrete ask. */
export const MEETING_OFFER = /\b(?:coffee|lunch|a call|phone call|video (?:call|chat)|before work|after work|lunch ?break)\b/iu;

const WORDS: Record<string, number> = { ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, thirty: 30, 'forty-five': 45, 'forty five': 45, sixty: 60 };
export const minutesOf = (token: string): number => WORDS[token.toLowerCase()] ?? Number(token);

/** Words that show an opening is about a shared connection, even without naming it. */
export const CONNECTION_CUE =
  /\b(?:suggested|recommended (?:I|that I|reaching)|fellow|alum|alumna|alumnus|alumni|also|both|same|mutual|introduced|referred me to you|gave me your name|pointed me to you|share)\b/iu;

/** Words that show a thank-you names something learned, when no takeaways were noted to compare with. */
export const TAKEAWAY_CUE = /\b(?:learned|learnt|took away|takeaway|stuck with me|your (?:point|advice|tip|suggestion)|you (?:said|mentioned|suggested|pointed out))\b/iu;
export const ADVICE_CUE = /\b(?:your (?:advice|suggestion|tip|point)|you (?:said|told me|suggested|recommended|mentioned))\b/iu;
export const DID_CUE = /\b(?:here's what I did|since then|I took it to heart|I (?:tried|started|followed|joined|signed up|reached out|talked to|spoke to|built|finished|began|enrolled|read|wrote|made|went))\b/iu;
