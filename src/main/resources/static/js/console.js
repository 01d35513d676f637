// Sends the CSRF token with every htmx request, and keeps the URL of filtered lists shareable.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
// Forms that ask for confirmation carry data-confirm with the (already translated) question.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
// Copy buttons (e.g. for a newly created API token).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (button) {
    var source = document.getElementById(button.dataset.copy);
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim());
    }
  }
});
