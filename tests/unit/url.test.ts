import { profilePageKind, profileSlugFromUrl, profileUrlFor } from '@/lib/linkedin/url';

describe('profileSlugFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['https://www.linkedin.com/in/Jane-Doe?trk=abc#about', 'jane-doe'],
    ['https://se.linkedin.com/in/jane-doe-123/', 'jane-doe-123'],
    ['https://linkedin.com/in/jane/details/experience/', 'jane'],
    ['https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/', 'jörg-müller'],
    ['https://www.linkedin.com/feed/', null],
    ['https://www.linkedin.com/company/acme/', null],
    ['http://www.linkedin.com/in/jane/', null],
    ['https://evil.example/in/jane/', null],
    ['https://www.linkedin.com.evil.example/in/jane/', null],
    ['https://www.linkedin.com/in/%E0%A4%A/', null],
    ['https://www.linkedin.com/in/%3Cscript%3E/', null],
  ])('%s → %s', (url, slug) => {
    expect(profileSlugFromUrl(url)).toBe(slug);
  });

  it('builds the canonical profile URL', () => {
    expect(profileUrlFor('jane-doe')).toBe('https://www.linkedin.com/in/jane-doe/');
  });

  it.each([
    ['https://www.linkedin.com/in/jane/', 'profile'],
    ['https://www.linkedin.com/in/jane', 'profile'],
    ['https://www.linkedin.com/in/jane/details/experience/', 'details-experience'],
    ['https://www.linkedin.com/in/jane/details/education/', 'details-education'],
    ['https://www.linkedin.com/in/jane/overlay/contact-info/', 'other'],
    ['https://www.linkedin.com/feed/', 'other'],
  ])('%s is a %s page', (url, kind) => {
    expect(profilePageKind(new URL(url))).toBe(kind);
  });
});
