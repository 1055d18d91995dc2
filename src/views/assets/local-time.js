/* global document */
// An enhancement of event pages: adds the event's time in the reader's own time zone under
// the organiser's. The page is complete without it (the organiser's time and UTC offset).
{
  const lang = document.documentElement.lang || undefined;
  // Both zones as this browser names them (it may say Asia/Calcutta for Asia/Kolkata).
  const zoneOf = (timeZone) =>
    new Intl.DateTimeFormat(lang, { timeZone }).resolvedOptions().timeZone;
  const zone = zoneOf(undefined);
  for (const when of document.querySelectorAll('[data-your-time]')) {
    const times = when.querySelectorAll('time');
    if (!zone || times.length < 2 || zone === zoneOf(when.dataset.zone)) continue;
    const format = new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const start = new Date(times[0].getAttribute('datetime'));
    const end = new Date(times[times.length - 1].getAttribute('datetime'));
    const range = format.formatRange ? format.formatRange(start, end) : format.format(start);
    // The zone's name in the page's language ("Nepal Time"), not its identifier.
    const name = new Intl.DateTimeFormat(lang, { timeZoneName: 'long' })
      .formatToParts(start)
      .find((part) => part.type === 'timeZoneName');
    const line = document.createElement('p');
    line.className = 'event-local';
    line.textContent = when.dataset.yourTime.replace(
      '{time}',
      name ? `${range} (${name.value})` : range,
    );
    when.appendChild(line);
  }
}
