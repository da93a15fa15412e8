// The search page's only script (no framework, no build step): live recommendations (server-sent events) and
// uploads by drag and drop, each followed until searchable or dead-lettered. Text from the server is put into the
// page with textContent, never as HTML.
(function () {
  'use strict';
  document.documentElement.classList.add('scripted');

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // Live recommendations: each new one once, newest at the top.
  var list = document.getElementById('live-recommendations');
  var state = document.getElementById('live-state');
  if (list && window.EventSource) {
    var seen = new Set();
    list.querySelectorAll('[data-id]').forEach(function (item) { seen.add(item.getAttribute('data-id')); });
    var source = new EventSource(list.getAttribute('data-stream'));
    source.addEventListener('open', function () {
      state.textContent = 'Live: new recommendations appear at the top as the pipeline publishes them.';
    });
    source.addEventListener('error', function () {
      state.textContent = 'The live connection was lost; reconnecting…';
    });
    source.addEventListener('recommendation', function (event) {
      var card = JSON.parse(event.data);
      if (seen.has(card.id)) { return; }
      seen.add(card.id);
      list.insertBefore(recommendation(card), list.firstChild);
      state.textContent = 'New recommendation: ' + card.text;
    });
  }

  function recommendation(card) {
    var item = element('li', 'recommendation new');
    item.setAttribute('data-id', card.id);
    item.appendChild(element('p', 'text', card.text));
    var from = element('p', 'source', card.kind + ' #' + card.ordinal + (card.group ? ' of “' + card.group + '”' : '') + ' — ');
    var link = element('a', null, card.report_title || '(untitled report)');
    link.href = '/reports/' + encodeURIComponent(card.report_id);
    from.appendChild(link);
    item.appendChild(from);
    var meeting = card.meeting || {};
    item.appendChild(element('p', 'context', [meeting.type, meeting.place, meeting.dates].filter(Boolean).join(' · ')));
    var tags = element('p', 'tags');
    [['Themes', card.themes], ['Countries', card.countries], ['Organisations', card.organisations]].forEach(function (pair) {
      if (pair[1] && pair[1].length) { tags.appendChild(element('span', null, pair[0] + ': ' + pair[1].join(', '))); }
    });
    item.appendChild(tags);
    return item;
  }

  // Uploads: drop anywhere on the upload page, or choose files; then follow each one.
  var form = document.getElementById('upload-form');
  var input = document.getElementById('files');
  var uploads = document.getElementById('uploads');
  if (form && input && uploads && window.fetch && window.FormData) {
    document.addEventListener('dragover', function (event) { event.preventDefault(); form.classList.add('over'); });
    document.addEventListener('dragleave', function (event) {
      if (!event.relatedTarget) { form.classList.remove('over'); }
    });
    document.addEventListener('drop', function (event) {
      event.preventDefault();
      form.classList.remove('over');
      if (event.dataTransfer && event.dataTransfer.files.length) { send(event.dataTransfer.files); }
    });
    input.addEventListener('change', function () {
      send(input.files);
      input.value = '';
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); send(input.files); });
  }

  function send(files) {
    Array.prototype.forEach.call(files, function (file) {
      var row = element('li');
      row.appendChild(element('span', 'name', file.name));
      row.appendChild(document.createTextNode(' '));
      var status = element('span', 'state', 'uploading…');
      row.appendChild(status);
      uploads.insertBefore(row, uploads.firstChild);
      var body = new FormData();
      body.append('files', file, file.name);
      fetch('/api/uploads', { method: 'POST', body: body })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (answer.error) { fail(status, 'Not uploaded: ' + answer.error); return; }
          var receipt = answer.uploads[0];
          status.textContent = 'in the bucket as ' + receipt.key + ' (' + receipt.size + ' bytes); being processed…';
          follow(status, receipt, Date.now());
        })
        .catch(function (error) { fail(status, 'Not uploaded: ' + error); });
    });
  }

  function follow(status, receipt, started) {
    var query = 'key=' + encodeURIComponent(receipt.key) + '&sha256=' + encodeURIComponent(receipt.sha256)
      + '&since=' + Date.parse(receipt.uploaded_at);
    fetch('/api/uploads/progress?' + query)
      .then(function (response) { return response.json(); })
      .then(function (progress) {
        if (progress.state === 'searchable') {
          status.textContent = 'searchable: ';
          status.className = 'state done';
          var link = element('a', null, 'open the report');
          link.href = '/reports/' + encodeURIComponent(receipt.report_id);
          status.appendChild(link);
        } else if (progress.state === 'dead_letter') {
          fail(status, 'not processed (stage ' + progress.stage + '): ' + progress.reason);
        } else if (Date.now() - started > 10 * 60 * 1000) {
          fail(status, 'still not searchable after 10 minutes; see the status page');
        } else {
          var seconds = Math.round((Date.now() - started) / 1000);
          status.textContent = 'in the bucket; being processed (' + seconds + ' s)…';
          window.setTimeout(function () { follow(status, receipt, started); }, 1000);
        }
      })
      .catch(function () { window.setTimeout(function () { follow(status, receipt, started); }, 2000); });
  }

  function fail(status, text) {
    status.textContent = text;
    status.className = 'state failed';
  }
}());
