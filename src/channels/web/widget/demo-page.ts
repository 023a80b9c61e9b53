/**
 * The sample host page served at `/`: an HR page of a (fictitious) Dresden employer with the widget
 * embedded exactly as a real site would embed it. Its own CSS is deliberately heavy-handed on
 * buttons and lists, to show that the widget's Shadow DOM keeps both sides apart.
 */
export function demoPageHtml(): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Personal &amp; Einstellung – Bäckerei Elbkind GmbH, Dresden</title>
<style>
  body { margin: 0; font: 17px/1.6 Georgia, serif; color: #222; background: #faf7f2; }
  header, main, footer { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header { border-bottom: 4px solid #8a4b08; }
  h1 { color: #6b3a06; margin: .25rem 0; }
  button { font-size: 20px; background: #8a4b08; color: #fff; border: 0; padding: 10px 18px; text-transform: uppercase; }
  ol, ul { list-style: square; }
  li { margin: .5rem 0; }
  .hint { background: #fff; border-left: 4px solid #8a4b08; padding: .75rem 1rem; }
  footer { font-size: 15px; color: #4a4a4a; }
</style>
</head>
<body>
<header>
  <p>Bäckerei Elbkind GmbH · Leipziger Straße 112 · 01127 Dresden-Pieschen</p>
  <h1>Personal &amp; Einstellung</h1>
</header>
<main>
  <p>Wir backen seit 1954 für Dresden und suchen laufend Verstärkung in Backstube, Verkauf und Auslieferung.
  Auf dieser Seite finden Führungskräfte und die Personalabteilung Hinweise für neue Einstellungen.</p>
  <h2>Offene Stellen</h2>
  <ul>
    <li>Helferin / Helfer in der Backstube (Vollzeit, ab sofort)</li>
    <li>Ausbildung Bäckerin / Bäcker, Beginn 1. August 2027</li>
    <li>Verkaufshilfe in der Filiale Neustadt (Minijob)</li>
  </ul>
  <h2>Bewerberinnen und Bewerber mit Duldung</h2>
  <p>Viele Bewerbungen kommen von Menschen mit einer Duldung. Ob und ab wann wir sie beschäftigen dürfen,
  welche Unterlagen wir brauchen und welche Meldepflichten gelten, klärt der Assistent <strong>Lotse</strong>
  (unten rechts) mit Ihnen Schritt für Schritt.</p>
  <p class="hint"><strong>Hinweis:</strong> Lotse ist ein automatischer Assistent, kein Mensch. Er gibt allgemeine
  Informationen mit Quellen und Rechtsstand, keine Rechtsberatung. Bitte nennen Sie keine Namen. Über
  „Mit einem Menschen sprechen“ übergeben Sie den Fall an eine Beratungsstelle.</p>
  <button type="button">Bewerbung intern weiterleiten</button>
</main>
<footer>
  <p>Beispielseite zur Vorführung von Lotse. Die Bäckerei ist erfunden.</p>
</footer>
<script src="/widget.js" data-endpoint="/" data-lang="de" data-title="Lotse – Einstellungshilfe" data-color="#0b5394" async></script>
</body>
</html>`;
}
