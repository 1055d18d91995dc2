/* global document */
// Moves the focus to the admin's error summary when a page comes back refused, so the editor
// sees (and a screen reader reads) what is wrong at once, wherever they were on the page; its
// links lead to the fields. A separate file because the CSP allows no inline script.
{
  const summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
}
