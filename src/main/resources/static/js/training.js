// A lesson page: a heartbeat every 15 s while the page is visible, with the video's position, so the
// server can credit study time (it counts the time between beats itself) and the learner can resume.
(function () {
  var lesson = document.querySelector('[data-lesson-beat]');
  if (!lesson) {
    return;
  }
  var url = lesson.dataset.lessonBeat;
  var video = document.querySelector('video[data-resume]');
  var bar = document.querySelector('[data-lesson-bar]');
  var seconds = document.querySelector('[data-lesson-seconds]');
  var done = document.querySelector('[data-lesson-done]');
  if (video) {
    video.addEventListener('loadedmetadata', function () {
      var at = parseInt(video.dataset.resume, 10);
      if (at > 0 && at < video.duration) {
        video.currentTime = at;
      }
    }, { once: true });
  }
  function beat() {
    if (document.visibilityState !== 'visible') {
      return;
    }
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var body = new URLSearchParams();
    if (video) {
      body.set('position', String(Math.floor(video.currentTime)));
    }
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    if (token && header && token.content) {
      headers[header.content] = token.content;
    }
    fetch(url, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          return;
        }
        if (bar) {
          bar.style.width = progress.percent + '%';
          bar.setAttribute('aria-valuenow', String(progress.percent));
        }
        if (seconds) {
          seconds.textContent = String(progress.viewedSeconds);
        }
        if (done && progress.completed) {
          done.classList.remove('d-none');
        }
      });
  }
  beat();
  setInterval(beat, 15000);
  document.addEventListener('visibilitychange', beat);
})();
