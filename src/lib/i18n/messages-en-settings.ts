/**
 * The site settings page and the network's brand in English: the admin's settings form, the
 * problems with what it was sent, and the footer's words for readers. Spread into `messagesEn`.
 */
export const settingsMessagesEn = {
  'problem.hexColour': 'must be a colour written as # and six hex digits, such as #0b6e4f',
  'problem.accentContrast.white':
    '{colour} has a contrast of {ratio}:1 on white; text and buttons in the accent colour need at least 4.5:1 (WCAG AA). Choose a darker shade.',
  'problem.accentContrast.lightBoxes':
    '{colour} has a contrast of {ratio}:1 on the light grey of boxes (#f4f3ef); text in the accent colour needs at least 4.5:1 (WCAG AA). Choose a darker shade.',
  'problem.accentContrast.dark':
    '{colour} has a contrast of {ratio}:1 on the dark background (#161616); text in the accent colour needs at least 4.5:1 (WCAG AA). Choose a lighter shade, or leave this empty for a tint chosen for you.',
  'problem.accentContrast.darkBoxes':
    '{colour} has a contrast of {ratio}:1 on the dark grey of boxes (#222220); text in the accent colour needs at least 4.5:1 (WCAG AA). Choose a lighter shade, or leave this empty for a tint chosen for you.',
  'problem.socialLinkHttps': 'must be a whole address starting with https://',
  'problem.socialLinkHost': 'must be an address on {hosts}',
  'problem.logoType': 'The logo must be an SVG or PNG image.',
  'problem.logoTooLarge': 'The logo is larger than {max} MB; a logo needs far less.',
  'problem.logoTooSmall':
    'The logo is too small or too narrow to show: at least 10 pixels each way.',
  'problem.logoUnreadable':
    'The logo could not be read as an image: the file is damaged, or it is not what its name says.',
  'problem.logoSvgDoctype':
    'The SVG declares a DOCTYPE, entities or processing instructions, which a logo never needs. Export it again as plain SVG.',
  'problem.logoSvgReference':
    'The SVG refers to something outside itself ({reference}). Embed every picture and font in the file, or export it as PNG.',
  'problem.logoSvgMalformed': 'The SVG is not well-formed XML: {detail}.',
  'problem.chooseLogo': 'Choose an SVG or PNG file for the logo.',

  'settings.title': 'Site settings',
  'settings.saved': 'Saved.',
  'settings.logoSaved': 'The logo is on the site.',
  'settings.logoRemoved': 'The logo was removed; the header shows the site’s name.',
  'settings.needsAttention': 'Some settings need attention.',
  'settings.save': 'Save the settings',
  'settings.section.site': 'The site',
  'settings.section.brand': 'Colours and footer',
  'settings.section.social': 'Where to follow the network',
  'settings.section.social.hint':
    'Each an https:// address; the footer links to those filled in, by name, with no script or tracking from the network’s site.',
  'settings.section.logo': 'Logo',
  'settings.section.more': 'Language, IATI and the trash',
  'settings.field.title': 'Site name',
  'settings.field.title.hint':
    'Shown in the header, in the browser tab and when a page is shared: the network’s own name.',
  'settings.field.tagline': 'Tagline',
  'settings.field.aboutSummary': 'About box (plain text, on every page)',
  'settings.field.aboutHtml': 'About page (HTML; cleaned like any post)',
  'settings.field.locale': 'Language of the interface (a tag such as en)',
  'settings.field.iatiOrganisationId':
    'IATI organisation identifier, as registered (such as XM-DAC-41114 or GB-COH-01234567; empty until registered)',
  'settings.field.trashRetentionDays':
    'Days an item or upload stays in the trash before it is removed for good',
  'settings.field.accentColour': 'Accent colour',
  'settings.field.accentColour.hint':
    'As # and six hex digits, such as #0b6e4f. It marks the header, buttons and the current section, so it needs a contrast of 4.5:1 on white. Empty: the default red, {colour}.',
  'settings.field.darkAccentColour': 'Accent colour in dark mode',
  'settings.field.darkAccentColour.hint':
    'Readers whose device is set to dark mode see this instead; it needs 4.5:1 on the dark background. Empty: a lighter tint of the accent, chosen to pass.',
  'settings.accentPreview': 'The accent readers see: {light} in light mode, {dark} in dark mode.',
  'settings.field.footerText': 'Footer text',
  'settings.field.footerText.hint':
    'Plain text at the foot of every page, such as who publishes the site and how to reach the editors; line breaks are kept. Empty: “{note}”',
  'settings.social.facebook': 'Facebook page',
  'settings.social.x': 'X (Twitter)',
  'settings.social.youtube': 'YouTube channel',
  'settings.social.linkedin': 'LinkedIn page',
  'settings.social.instagram': 'Instagram',
  'settings.social.whatsapp': 'WhatsApp channel',
  'settings.social.telegram': 'Telegram channel',
  'settings.social.website': 'Website',
  'settings.logo.current': 'The logo now, as the header shows it:',
  'settings.logo.none': 'No logo yet: the header shows the site’s name.',
  'settings.logo.file': 'Logo file (SVG or PNG, up to 2 MB)',
  'settings.logo.file.hint':
    'Drawn at most 240 × 48 pixels (twice that for sharp screens); a wide logo works best. An SVG must hold everything it shows: no links to other files.',
  'settings.logo.showsName': 'The logo spells out the site’s name: do not write it again beside it',
  'settings.logo.upload': 'Upload the logo',
  'settings.logo.change': 'Save the logo',
  'settings.logo.remove': 'Remove the logo',

  'site.follow': 'Follow the network',
  'site.social.facebook': 'Facebook',
  'site.social.x': 'X',
  'site.social.youtube': 'YouTube',
  'site.social.linkedin': 'LinkedIn',
  'site.social.instagram': 'Instagram',
  'site.social.whatsapp': 'WhatsApp channel',
  'site.social.telegram': 'Telegram',
  'site.social.website': 'Website',
} as const;
