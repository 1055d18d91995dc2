import type { DemoSettings } from './demo-types.ts';

export const demoSettings: DemoSettings = {
  title: 'Network on Social Protection Rights in Asia',
  tagline: 'Unions and NGOs in six countries, working for social protection for every worker',
  aboutSummary:
    'This site covers the right to social protection in Asia and the work of our network of ' +
    'trade unions and NGOs in India, Bangladesh, Nepal, Cambodia, Indonesia and the Philippines. ' +
    'A steering committee with one member from each of those six countries oversees what we ' +
    'publish, with a particular eye on gender, youth and informal workers.',
  aboutHtml: `<h2>Who we are</h2>
<p>We are a regional network of trade unions, NGOs, health providers and advocacy networks that share one conviction: social protection is a right, not a favour. Whether a worker sews shirts in Dhaka, drives a tuk-tuk in Phnom Penh, cleans homes in Chennai or sells vegetables in Quezon City, she should be able to count on health care, an income when she cannot work, support when a child is born and a pension when she grows old.</p>
<p>Our members work in India, Bangladesh, Nepal, Cambodia, Indonesia and the Philippines. In several countries they have formed national platforms that speak with one voice to their governments and to the agencies that run social security. The network is part of the <a href="https://example.org/gcspf">Global Coalition for Social Protection Floors</a> and works with partners in Europe who support the programme.</p>
<h2>What we focus on</h2>
<p>Most workers in our six countries earn their living in the informal economy, and most social security schemes in the region were built for a minority in formal jobs. We therefore pay special attention to:</p>
<ul>
<li><strong>Gender</strong>: women carry much of the unpaid care work and fill many of the lowest-paid jobs, from garment lines to domestic work;</li>
<li><strong>Youth</strong>: workers under 35 often start without a contract, a contribution record or a union;</li>
<li><strong>Informal workers</strong>: vendors, drivers, home-based, domestic and platform workers, and migrants who fall between the schemes of two countries.</li>
</ul>
<p>On this site members report what they achieve, set out their positions and demands, announce events and publications, and make room for workers to tell their own stories.</p>
<h2>Who oversees the site</h2>
<p>An editorial steering committee looks after what appears here. It has one member from each of the six countries, drawn from a member organisation. Each committee member reviews and approves the posts about their own country, and together they decide on regional statements. Testimonies are published only with the consent of the person concerned, who may ask us to leave out their name or other details.</p>
<h2>How to contribute</h2>
<p>Staff and volunteers of member organisations can write for the site. Send your idea, a draft or a worker’s story to your country’s steering committee member, or write to <a href="mailto:editors@example.org">editors@example.org</a>. Short, concrete pieces work best: what happened, who it affects, what the figures are and what you are asking for. Many of our readers use a phone on a slow connection, so please keep attachments small.</p>`,
};
