// Shows the station behind the scanned QR (/s/<code> redirects here with ?code=) until the Taro app lands.
(function () {
  var KIND = { association: '行业协会调解站', government: '政府调解中心（站）', outlet: '企业网点', arbitration: '劳动人事争议仲裁院', legal_aid: '法律援助站' };
  var query = (location.hash.split('?')[1] || location.search.slice(1));
  var code = new URLSearchParams(query).get('code');
  function show(id) { document.getElementById(id).hidden = false; }
  function text(id, value) { document.getElementById(id).textContent = value; }
  function list() {
    fetch('/api/public/stations').then(function (r) { return r.json(); }).then(function (body) {
      var ul = document.getElementById('stations');
      (body.items || []).forEach(function (s) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '#/pages/station/index?code=' + encodeURIComponent(s.code);
        a.textContent = s.name;
        a.addEventListener('click', function () { setTimeout(function () { location.reload(); }, 0); });
        li.appendChild(a);
        ul.appendChild(li);
      });
      show('list');
    });
  }
  if (!code) return list();
  fetch('/api/public/stations/' + encodeURIComponent(code)).then(function (r) {
    if (!r.ok) throw new Error('unknown');
    return r.json();
  }).then(function (s) {
    if (!s.active) throw new Error('inactive');
    text('station-kind', KIND[s.kind] || s.kind);
    text('station-name', s.name);
    text('station-address', s.address);
    text('station-hours', s.hours);
    var phone = document.getElementById('station-phone');
    phone.textContent = s.phone;
    phone.href = 'tel:' + s.phone.replace(/[^0-9+]/g, '');
    show('station');
  }).catch(function () { show('unknown'); list(); });
})();
