/** Made-up people for the demo and the E2E tests. None of them exists. */
export interface DemoPerson {
  slug: string;
  name: string;
  headline: string;
  location: string;
  company: string;
  title: string;
  about: string;
  experience: { title: string; company: string; dates: string; location?: string }[];
  education: { school: string; degree: string; dates: string }[];
  /** Links the page shows (the hostile profile uses javascript: URLs). */
  links?: { text: string; href: string }[];
}

export const DEMO_SLUG = 'maya-okafor-demo';

export const PEOPLE: DemoPerson[] = [
  {
    slug: DEMO_SLUG,
    name: 'Maya Okafor',
    headline: 'UX Researcher at Lumen Health | Mixed-methods research, accessibility',
    location: 'Rotterdam, South Holland, Netherlands',
    company: 'Lumen Health',
    title: 'Senior UX Researcher',
    about:
      'I moved from clinical psychology into product research. I run studies with patients and clinicians and love talking to students who are curious about research careers.',
    experience: [
      { title: 'Senior UX Researcher', company: 'Lumen Health', dates: 'Jan 2022 - Present · 4 yrs', location: 'Rotterdam' },
      { title: 'UX Researcher', company: 'Tidewater Labs', dates: 'Mar 2019 - Dec 2021 · 2 yrs 10 mos' },
      { title: 'Clinical Psychologist', company: 'Erasmus Wellbeing Centre', dates: 'Sep 2015 - Feb 2019 · 3 yrs 6 mos' },
    ],
    education: [{ school: 'Leiden Demo University', degree: 'MSc, Clinical Psychology', dates: '2013 - 2015' }],
  },
  {
    slug: 'tomas-lindqvist-demo',
    name: 'Tomás Lindqvist',
    headline: 'Data Engineer at Northwind Freight',
    location: 'Gothenburg, Sweden',
    company: 'Northwind Freight',
    title: 'Data Engineer',
    about: 'Pipelines, logistics data and the occasional sailing trip.',
    experience: [
      { title: 'Data Engineer', company: 'Northwind Freight', dates: 'Jun 2021 - Present · 5 yrs' },
      { title: 'Analyst', company: 'Harbour Analytics', dates: 'Aug 2018 - May 2021 · 2 yrs 10 mos' },
    ],
    education: [{ school: 'Chalmers Demo Institute', degree: 'BSc, Computer Science', dates: '2015 - 2018' }],
  },
  {
    slug: 'priya-raman-demo',
    name: 'Priya Raman',
    headline: 'Policy Analyst at Greenway Council',
    location: 'Leeds, England, United Kingdom',
    company: 'Greenway Council',
    title: 'Policy Analyst',
    about: 'Transport policy, cycling infrastructure and public consultations.',
    experience: [{ title: 'Policy Analyst', company: 'Greenway Council', dates: 'Feb 2020 - Present · 6 yrs' }],
    education: [{ school: 'York Demo University', degree: 'MA, Public Policy', dates: '2018 - 2019' }],
  },
  {
    slug: 'jonas-weber-demo',
    name: 'Jonas Weber',
    headline: 'Research Operations Lead at Harbourline Studio',
    location: 'Utrecht, Netherlands',
    company: 'Harbourline Studio',
    title: 'Research Operations Lead',
    about: 'I help research teams run studies smoothly: recruiting, consent, tooling.',
    experience: [{ title: 'Research Operations Lead', company: 'Harbourline Studio', dates: 'Apr 2021 - Present · 5 yrs' }],
    education: [{ school: 'Utrecht Demo University', degree: 'BA, Communication', dates: '2014 - 2017' }],
  },
  {
    slug: 'hostile-test-profile',
    name: '<img src=x onerror=alert(1)>',
    headline: '<script>alert("headline")</script> Security tester',
    location: '"><svg onload=alert(2)>',
    company: 'javascript:alert(3)',
    title: 'Tester',
    about: '<b onmouseover=alert(4)>bold</b>',
    experience: [{ title: '<img src=y onerror=alert(5)>', company: 'Evil Corp', dates: '2020 - Present' }],
    education: [],
    links: [
      { text: 'My website', href: 'javascript:alert(6)' },
      { text: 'Portfolio', href: 'JaVaScRiPt:alert(7)' },
    ],
  },
];

export function personBySlug(slug: string): DemoPerson | undefined {
  return PEOPLE.find((person) => person.slug === slug);
}
