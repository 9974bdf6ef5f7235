"""The portal's stylesheet and script, written into DIR (no external resources: system fonts,
no CDN). The script searches an index loaded as a plain ``<script>`` (works from file://) and
builds results with ``textContent`` only (no HTML from data)."""

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"PT Sans","Source Sans Pro","Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;
color:#1f2329;background:#fafbfc;line-height:1.45;font-size:16px}
header{background:#263238;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;
align-items:center;position:sticky;top:0;z-index:5}
header a{color:#fff;text-decoration:none;font-weight:bold}
header form{flex:1 1 14rem;position:relative;margin:0}
header input{width:100%;padding:.45rem .6rem;font-size:1rem;border-radius:4px;border:1px solid #90a4ae}
#results{position:absolute;left:0;right:0;top:100%;background:#fff;color:#1f2329;margin:0;padding:0;
list-style:none;max-height:70vh;overflow:auto;box-shadow:0 4px 16px rgba(0,0,0,.25);border-radius:0 0 4px 4px}
#results li{border-bottom:1px solid #e0e4e8}
#results a{display:block;padding:.45rem .6rem;color:#1a4f8b;font-weight:normal}
#results small{color:#5b6470;display:block}
main{max-width:1100px;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.3rem 0 1rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #d0d6dc;padding-bottom:.2rem}
a{color:#1a4f8b}
dl.card{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.3rem 1rem;margin:0}
dl.card dt{color:#5b6470}
dl.card dd{margin:0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid #cfd6dd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#e8edf3}
pre.template{white-space:pre-wrap;background:#fff;border:1px solid #cfd6dd;padding:.6rem;font-family:inherit}
.map-wrap{overflow:auto;border:1px solid #cfd6dd;background:#fff;max-height:80vh}
svg.map{display:block;max-width:none;font-family:inherit}
svg.map .proc-name{text-anchor:middle;fill:#1f2329;font-weight:bold}
svg.map .proc-owner{text-anchor:middle;fill:#5b6470}
svg.map .party-name{text-anchor:middle;fill:#1f2329}
svg.map .lane-title{fill:#5b6470;font-weight:bold}
svg.map .link-label{fill:#37474f}
svg.map a.proc:hover rect,svg.map a.proc:focus rect{stroke-width:3;filter:brightness(.95)}
.doc-status{color:#2e7d32}.doc-status.draft{color:#b26a00}
.status-met{color:#2e7d32}.status-warning{color:#b26a00}.status-missed{color:#c62828}
ul.plain{padding-left:1.2rem}
small.where{color:#5b6470;white-space:nowrap}
small.where::before{content:"· "}
footer{color:#5b6470;font-size:.85rem;max-width:1100px;margin:2rem auto;padding:0 1rem}
@media (max-width:640px){
body{font-size:15px}
dl.card{grid-template-columns:1fr}
dl.card dt{font-weight:bold;margin-top:.4rem}
main{padding:.6rem}
h1{font-size:1.3rem}
}
"""

JS = r"""
(function(){
  var form=document.getElementById('search');
  if(!form)return;
  var input=form.querySelector('input'),list=document.getElementById('results');
  var root=form.getAttribute('data-root')||'';
  var noneText=form.getAttribute('data-none')||'';
  function fold(s){return (s||'').toLocaleLowerCase().replace(/ё/g,'е');}
  function show(q){
    while(list.firstChild)list.removeChild(list.firstChild);
    q=fold(q).trim();
    if(!q)return;
    var words=q.split(/\s+/),index=window.PROCEDIT_INDEX||[],shown=0;
    for(var i=0;i<index.length&&shown<50;i++){
      var e=index[i],hay=e[5];
      var ok=true;
      for(var w=0;w<words.length;w++){if(hay.indexOf(words[w])<0){ok=false;break;}}
      if(!ok)continue;
      var li=document.createElement('li'),a=document.createElement('a');
      a.href=root+e[0];
      a.textContent=(e[1]?e[1]+' ':'')+e[2];
      var small=document.createElement('small');small.textContent=e[3]+(e[4]?' · '+e[4]:'');
      a.appendChild(small);li.appendChild(a);list.appendChild(li);shown++;
    }
    if(!shown){var li2=document.createElement('li');li2.textContent=noneText;li2.style.padding='.45rem .6rem';
      list.appendChild(li2);}
  }
  input.addEventListener('input',function(){show(input.value);});
  form.addEventListener('submit',function(ev){ev.preventDefault();
    var first=list.querySelector('a');if(first)window.location.href=first.href;});
})();
"""
