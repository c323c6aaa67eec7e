import type { DemoPerson } from './people';
import { PEOPLE } from './people';

const escape = (text: string) =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** LinkedIn renders most texts twice: once for the eye, once for screen readers. */
const doubled = (text: string) =>
  `<span aria-hidden="true">${escape(text)}</span><span class="visually-hidden">${escape(text)}</span>`;

function experienceItems(person: DemoPerson): string {
  return person.experience
    .map(
      (job) => `
        <li class="artdeco-list__item pvs-list__item--line-separated">
          <div class="display-flex flex-column full-width" data-view-name="profile-component-entity">
            <div class="display-flex align-items-center mr1 t-bold">${doubled(job.title)}</div>
            <span class="t-14 t-normal">${doubled(`${job.company} · Full-time`)}</span>
            <span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">${escape(job.dates)}</span><span class="visually-hidden">${escape(job.dates)}</span></span>
            ${job.location ? `<span class="t-14 t-normal t-black--light">${doubled(job.location)}</span>` : ''}
          </div>
        </li>`,
    )
    .join('');
}

function educationItems(person: DemoPerson): string {
  return person.education
    .map(
      (school) => `
        <li class="artdeco-list__item pvs-list__item--line-separated">
          <div class="display-flex flex-column full-width" data-view-name="profile-component-entity">
            <div class="display-flex align-items-center mr1 t-bold">${doubled(school.school)}</div>
            <span class="t-14 t-normal">${doubled(school.degree)}</span>
            <span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">${escape(school.dates)}</span><span class="visually-hidden">${escape(school.dates)}</span></span>
          </div>
        </li>`,
    )
    .join('');
}

function profileMain(person: DemoPerson): string {
  const experience = experienceItems(person);
  const education = educationItems(person);
  const links = (person.links ?? []).map((l) => `<a class="demo-link" href="${escape(l.href)}">${escape(l.text)}</a>`).join(' ');
  const others = PEOPLE.filter((p) => p.slug !== person.slug)
    .map((p) => `<li><a href="/in/${p.slug}/">${escape(p.name)}</a></li>`)
    .join('');
  return `
    <section class="artdeco-card" data-member-id="900001">
      <div class="ph5 pb5">
        <div class="mt2 relative">
          <a href="/in/${person.slug}/overlay/about-this-profile/" aria-label="${escape(person.name)}">
            <h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">${escape(person.name)}</h1>
          </a>
          <div class="text-body-medium break-words">${escape(person.headline)}</div>
        </div>
        <ul class="pv-text-details__right-panel">
          <li><button type="button" aria-label="Current company: ${escape(person.company)}. Click to skip to experience card">
            <span class="hoverable-link-text break-words text-body-small t-black">${escape(person.company)}</span></button></li>
        </ul>
        <div class="mt2"><span class="text-body-small inline t-black--light break-words">${escape(person.location)}</span></div>
        <p>${links}</p>
      </div>
    </section>
    <section class="artdeco-card pv-profile-card"><div id="about" class="pv-profile-card__anchor"></div>
      <div class="pvs-header__container"><h2 class="pvs-header__title">${doubled('About')}</h2></div>
      <div class="display-flex ph5 pv3"><div class="inline-show-more-text">${doubled(person.about)}</div></div>
    </section>
    <section class="artdeco-card pv-profile-card"><div id="experience" class="pv-profile-card__anchor"></div>
      <div class="pvs-header__container"><h2 class="pvs-header__title">${doubled('Experience')}</h2></div>
      <div class="pvs-list__outer-container"><ul class="pvs-list">${experience}</ul></div>
      <a href="/in/${person.slug}/details/experience/">Show all experiences</a>
    </section>
    <section class="artdeco-card pv-profile-card"><div id="education" class="pv-profile-card__anchor"></div>
      <div class="pvs-header__container"><h2 class="pvs-header__title">${doubled('Education')}</h2></div>
      <div class="pvs-list__outer-container"><ul class="pvs-list">${education}</ul></div>
      <a href="/in/${person.slug}/details/education/">Show all education</a>
    </section>
    <aside class="demo-others"><h2>People also viewed</h2><ul>${others}</ul></aside>`;
}

/**
 * A stand-in for LinkedIn's single-page app: links to other profiles change the
 * URL with history.pushState and swap the page content a moment later, as
 * LinkedIn does, so the old person stays on screen briefly under the new URL.
 */
const SPA_SCRIPT = `
// LinkedIn's pages define a default Trusted Types policy too; this one lets the demo swap its own HTML.
if (window.trustedTypes) trustedTypes.createPolicy('default', { createHTML: (html) => html });
document.addEventListener('click', async (event) => {
  const link = event.target.closest('a[href^="/in/"], a[href^="/feed/"]');
  if (!link || link.getAttribute('href').includes('/overlay/')) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  history.pushState({}, '', href);
  const response = await fetch(href, { headers: { 'x-demo-partial': '1' } });
  const html = await response.text();
  const delay = Number(document.body.dataset.swapDelay || 600);
  setTimeout(() => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.querySelector('main').innerHTML = next.querySelector('main').innerHTML;
    document.title = next.title;
  }, delay);
});`;

function shell(title: string, main: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 0; background: #f4f2ee; color: #1d1d1f; }
  .global-nav { background: #fff; border-bottom: 1px solid #ddd; padding: 10px 24px; font-weight: 700; color: #0a66c2; }
  main { max-width: 760px; margin: 16px 24px; }
  .artdeco-card { background: #fff; border-radius: 8px; margin-bottom: 12px; padding: 16px 24px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  h1 { font-size: 24px; margin: 0; } .text-body-medium { font-size: 16px; } .t-black--light { color: #666; }
  .demo-banner { background: #fff7d6; padding: 6px 24px; font-size: 13px; }
  ul { padding-left: 18px; } .demo-others { background: #fff; border-radius: 8px; padding: 8px 24px; }
</style></head>
<body>
<div class="demo-banner">Coffee Chats demo — a made-up profile served on this machine, not LinkedIn.</div>
<nav class="global-nav">in &nbsp; <a href="/feed/">Home</a></nav>
<main class="scaffold-layout__main">${main}</main>
<script>${SPA_SCRIPT}</script>
</body></html>`;
}

export function renderProfilePage(person: DemoPerson): string {
  return shell(`${person.name} | LinkedIn`, profileMain(person));
}

/** A profile's "Show all" page: one card listing every job (or school), as LinkedIn's /details/… pages do. */
export function renderDetailsPage(person: DemoPerson, list: 'experience' | 'education'): string {
  const heading = list === 'experience' ? 'Experience' : 'Education';
  const items = list === 'experience' ? experienceItems(person) : educationItems(person);
  return shell(
    `${heading} | ${person.name} | LinkedIn`,
    `<section class="artdeco-card"><h2>${doubled(heading)}</h2><ul class="pvs-list">${items}</ul>
      <a href="/in/${person.slug}/">Back to ${escape(person.name)}</a></section>`,
  );
}

export function renderFeedPage(): string {
  const links = PEOPLE.map((p) => `<li><a href="/in/${p.slug}/">${escape(p.name)}</a> — ${escape(p.headline)}</li>`).join('');
  return shell('Feed | LinkedIn', `<section class="artdeco-card"><h2>People you may know</h2><ul>${links}</ul></section>`);
}
