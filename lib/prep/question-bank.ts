/**
 * Questions for an informational interview, written for this product. Each asks for what only
 * the person can tell — their experience, judgement and advice — never for a job, and never for
 * what their website already says. Grouped by four areas and tagged with TIARA (Trends, Insights,
 * Advice, Resources, Assignments). Placeholders are filled from the contact (see fill.ts); a
 * question is only suggested when every placeholder it uses and every situation it needs is known.
 */
import type { Area } from '@/lib/model/prep';


export const TIARA = ['trends', 'insights', 'advice', 'resources', 'assignments'] as const;
export type Tiara = (typeof TIARA)[number];

export const PLACEHOLDERS = ['firstName', 'company', 'role', 'school', 'previousRole', 'previousCompany', 'field'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What must be true of the contact for a question to make sense (see suggest.ts). */
export const SITUATIONS = ['careerChange', 'sharedSchool', 'longTenure', 'earlyCareer', 'userInTraining', 'userWorking'] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface QuestionWhen {
  /** Data the text needs, read from its placeholders so the two never disagree. */
  requires: readonly Placeholder[];
  /** Situations that must all hold. */
  only: readonly Situation[];
  /** Situations in which the question would sound wrong. */
  not: readonly Situation[];
}

export interface BankQuestion {
  id: string;
  area: Area;
  tiara: readonly Tiara[];
  text: string;
  when: QuestionWhen;
  /** A "who else should I talk to?" question: one of these always ends the set. */
  closer: boolean;
}

const PLACEHOLDER = /\{\s*([A-Za-z]+)\s*\}/gu;

/** The placeholder names a text uses, known or not, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

interface Extra {
  only?: readonly Situation[];
  not?: readonly Situation[];
  closer?: boolean;
}

function q(id: string, area: Area, tiara: readonly Tiara[], text: string, extra: Extra = {}): BankQuestion {
  const requires = placeholdersIn(text).filter(isPlaceholder);
  return { id, area, tiara, text, when: { requires, only: extra.only ?? [], not: extra.not ?? [] }, closer: extra.closer ?? false };
}

const change = { only: ['careerChange'] } as const;
const alumni = { only: ['sharedSchool'] } as const;
const tenure = { only: ['longTenure'] } as const;
const early = { only: ['earlyCareer'] } as const;
/** The user is a student or a postdoc (settings): programmes, labs and internships are theirs to ask about. */
const training = { only: ['userInTraining'] } as const;
/** Worded for a student: not for a career changer or a graduate. */
const studentWording = { not: ['userWorking'] } as const;

export const QUESTION_BANK: readonly BankQuestion[] = [
  // Personal: their own path, choices and what the work is like to live.
  q('personal-way-in', 'personal', ['insights'], 'How did you first find your way into the work you do now?'),
  q('personal-ordinary-week', 'personal', ['insights', 'assignments'], 'What does an ordinary week as {role} look like for you, away from the job description?'),
  q('personal-why-company', 'personal', ['insights'], 'What made {company} the place you wanted to do this work?'),
  q('personal-surprise', 'personal', ['insights'], 'What surprised you most once you were doing this work every day?'),
  q('personal-energy', 'personal', ['insights'], 'Which parts of your work give you energy, and which ones drain it?'),
  q('personal-hard-decision', 'personal', ['insights', 'advice'], 'What was the hardest decision on your path so far, and how did you make it?'),
  q('personal-same-route', 'personal', ['advice'], '{firstName}, if you were starting again, would you take the same route? What would you change?', { not: ['earlyCareer'] }),
  q('personal-pivot-why', 'personal', ['insights', 'advice'], 'What made you decide to leave your work as {previousRole} for what you do now?', change),
  q('personal-pivot-carried', 'personal', ['insights'], 'What from your time at {previousCompany} turned out to be useful in a way you did not expect?', change),
  q('personal-tenure-role', 'personal', ['trends', 'insights'], 'How has your role at {company} changed over the years you have been there?', tenure),
  q('personal-tenure-stay', 'personal', ['insights'], 'What has made {company} worth staying at for as long as you have?', tenure),
  q('personal-early-first-months', 'personal', ['insights', 'advice'], 'What did your first months as {role} teach you that your studies did not?', early),
  q('personal-early-first-search', 'personal', ['advice', 'insights'], 'How did you go about finding your first role after your studies, and what would you do differently now?', early),
  q('personal-collaboration', 'personal', ['insights'], 'How much of your work do you do with others, and how much on your own?'),
  q('personal-travel', 'personal', ['insights'], 'How much does your work take you travelling, and how does that fit with the rest of your life?'),
  q('personal-challenges-rewards', 'personal', ['insights'], 'What are the biggest challenges in your work, and what makes it worth it?'),
  q('personal-alumni-shaped', 'personal', ['insights'], 'How did your time at {school} shape the path you took afterwards?', alumni),

  // Qualifications: what it takes, and how someone gets there.
  q('qualifications-daily-skills', 'qualifications', ['insights', 'assignments'], 'Which skills do you lean on most as {role}, and where did you pick them up?'),
  q('qualifications-underestimated', 'qualifications', ['insights', 'advice'], 'What skill do newcomers to {field} most often underestimate?'),
  q('qualifications-degree-weight', 'qualifications', ['insights'], 'How much did your degree matter once you were working, compared with what you learned on the job?'),
  q('qualifications-student-project', 'qualifications', ['assignments', 'advice'], 'What kind of project could a student take on now that would show they can do this work?', studentWording),
  q('qualifications-other-positions', 'qualifications', ['insights', 'advice'], 'Which other positions lead to a role like {role}, besides the route you took?'),
  q('qualifications-does-well', 'qualifications', ['insights'], 'When someone new joins your team, what tells you early on that they will do well?'),
  q('qualifications-six-months', 'qualifications', ['advice', 'assignments'], 'If I had six months to prepare for this kind of work, what would you have me learn first?'),
  q('qualifications-enjoy-test', 'qualifications', ['assignments', 'insights'], 'Is there a task in your work that would quickly show someone whether they would enjoy it?'),
  q('qualifications-courses-worth', 'qualifications', ['resources', 'advice'], 'Which courses or certificates do people in {field} treat as worth the time, and which are overrated?'),
  q('qualifications-pivot-transfer', 'qualifications', ['insights', 'advice'], 'Which skills from your time as {previousRole} carried over, and which did you have to build from scratch?', change),
  q('qualifications-pivot-gaps', 'qualifications', ['advice', 'resources'], 'How did you fill the gaps in what you knew when you moved into your role as {role}?', change),
  q('qualifications-alumni-courses', 'qualifications', ['advice', 'resources'], 'Looking back at {school}, which courses or activities would you tell a current student not to skip?', alumni),
  q('qualifications-early-valued', 'qualifications', ['insights'], 'What do you think the people who took you on at {company} valued most in you?', early),
  q('qualifications-tenure-skills', 'qualifications', ['trends', 'insights'], 'Which skills matter more in your work today than when you started at {company}?', tenure),

  // Landscape: the field as seen from inside, and where it is heading.
  q('landscape-fastest-change', 'landscape', ['trends'], 'What is changing fastest in {field} right now, from where you sit?'),
  q('landscape-unnoticed', 'landscape', ['trends', 'insights'], 'What is changing in your line of work that people outside it have not noticed yet?'),
  q('landscape-tools', 'landscape', ['trends', 'assignments'], 'How are new tools changing what a day of your work actually involves?'),
  q('landscape-misconception', 'landscape', ['insights'], 'What do people outside your field most often get wrong about it?'),
  q('landscape-company-difference', 'landscape', ['insights'], 'How does doing this work at {company} differ from doing it at other kinds of organisations?'),
  q('landscape-entry-routes', 'landscape', ['trends', 'advice'], 'Are the ways into this work changing? Does the route you took still exist?'),
  q('landscape-five-years', 'landscape', ['trends'], 'Where do you think roles like {role} will be in five years?'),
  q('landscape-open-problem', 'landscape', ['trends', 'insights'], 'What problem is your team wrestling with that you expect to matter for years?'),
  q('landscape-organisations', 'landscape', ['trends', 'resources'], 'Which kinds of organisations are doing the most interesting work in {field} at the moment?'),
  q('landscape-worries', 'landscape', ['insights'], 'What worries people in your role that someone on the outside would never guess?'),
  q('landscape-culture', 'landscape', ['insights'], 'How would you describe the culture at {company}, and who tends to thrive there?'),
  q('landscape-cultures', 'landscape', ['insights'], 'How does the way people work at {company} compare with what you saw at {previousCompany}?'),
  q('landscape-tenure-then-now', 'landscape', ['trends'], 'What is the biggest difference between {company} now and the place you joined?', tenure),
  q('landscape-pivot-outsider', 'landscape', ['insights', 'trends'], 'Is it getting easier or harder for people from other backgrounds to move into this field?', change),

  // Leads: people, places and next steps; a "who else?" question always comes last.
  q('leads-who-else', 'leads', ['resources'], 'Who else do you think I should talk to, and would you be comfortable introducing us?', { closer: true }),
  q('leads-different-path', 'leads', ['resources'], 'Who do you know whose path looks quite different from yours, that I could learn from?', { closer: true }),
  q('leads-company-colleague', 'leads', ['resources'], 'Is there someone at {company} in a different role whose view you think would help me?', { closer: true }),
  q('leads-alumni-people', 'leads', ['resources'], 'Are there other {school} alumni in this field you think I should meet?', { ...alumni, closer: true }),
  q('leads-pivot-people', 'leads', ['resources', 'advice'], 'Do you know others who came into this work from another field and would share how they did it?', { ...change, closer: true }),
  q('leads-reading', 'leads', ['resources'], 'What do you read, follow or listen to that helps you keep up with your field?'),
  q('leads-communities', 'leads', ['resources'], 'Which communities, meetups or associations are worth joining while I am still a student?', studentWording),
  q('leads-events', 'leads', ['resources'], 'Are there events in {field} where a student would be welcome and could learn a lot?', studentWording),
  q('leads-communities-working', 'leads', ['resources'], 'Which communities, meetups or associations would you join if you were moving into this field now?', { only: ['userWorking'] }),
  q('leads-programmes-labs', 'leads', ['resources', 'advice'], 'Which programmes, labs or research teams would you look at if you were in my position?', training),
  q('leads-internships', 'leads', ['resources', 'assignments'], 'Which internships or placements give a real taste of this work?', training),
  q('leads-in-my-position', 'leads', ['advice'], 'From what I have told you about myself, what would you do next in my position?'),
  q('leads-small-project', 'leads', ['assignments', 'advice'], 'Is there something small I could try in the next few weeks to find out whether this work suits me?'),
  q('leads-on-my-radar', 'leads', ['resources', 'trends'], 'Which teams or organisations should be on my radar that a student might not have heard of?', studentWording),
  q('leads-early-helpers', 'leads', ['resources', 'advice'], 'Who helped you most when you were starting out, and how did you find them?', early),
  q('leads-tenure-learn-from', 'leads', ['resources'], 'Over your years at {company}, who have you come to think of as worth learning from in this field?', tenure),
];
