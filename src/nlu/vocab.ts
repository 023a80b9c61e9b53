import { buildLexicon, type Lexicon } from './fuzzy.js';
import { COUNTRY_WORDS } from './nationality.js';
import { MONTHS, NUMBER_WORDS, UNITS } from './time-words.js';

/** Keywords worth correcting towards: long, hard to spell, and used by the patterns. */
const KEYWORDS = `duldung duldungen geduldet geduldete geduldeter geduldeten ausbildungsduldung beschaeftigungsduldung
duldungsbescheinigung aufenthaltsgestattung gestattung aufenthaltserlaubnis aufenthaltstitel erwerbstaetigkeit
beschaeftigung beschaeftigt gestattet erlaubt erlaubnis genehmigung zustimmung auslaenderbehoerde nebenbestimmung
einstiegsqualifizierung ausbildung ausbildungsplatz auszubildende auszubildender praktikum praktikant pflichtpraktikum
schnupperpraktikum zeitarbeit zeitarbeitsfirma leiharbeit personaldienstleister selbststaendig selbstaendig
freiberuflich subunternehmer minijob geringfuegig familienbetrieb vollzeit teilzeit halbtags festanstellung einstellen
erstaufnahme erstaufnahmeeinrichtung aufnahmeeinrichtung ankerzentrum abschiebung reisefaehigkeitsuntersuchung
asylantrag asylverfahren asylbewerber asylbewerberin abgelehnt unbegruendet offensichtlich zurueckgenommen
zurueckgezogen eingereist gekommen staatenlos gueltig ungeklaerter ungeklaerte identitaet menschen berater beraterin
lebensunterhalt gesichert vorbestraft vorstrafen tagessaetze tagessaetzen qualifikation helferausbildung pflegehelfer
pflegehelferin berufsfachschule schulische insgesamt arbeitsverbot beschaeftigungserlaubnis arbeitserlaubnis
staatsangehoerigkeit nationalitaet unbegleiteter minderjaehriger deutschland eigentlich korrektur stundenlohn
angekuendigt ueberstellung gebucht stunden stunde wochenstunden ablaeuft verlaengert
toleration tolerated employment permitted permission permit apprenticeship internship freelance freelancer asylum
rejected withdrawn deportation reception unaccompanied stateless nationality immigration foreigners approval allowed
correction actually manifestly unfounded pending expires expired hourly subcontractor residence qualification
qualifications`.split(/\s+/);

/** Real words one typo away from a keyword; they must stay as written. */
const PROTECTED = `gestaltet gestellt gestern eingereicht beraten beratung erlaubte genehmigt stunden menschen heller
gekommen bekommen verlangt verlaengern dublin permits employed employer employee reception receptions pending
spending jahre jahren monate monaten wochen woche tagen arbeiten arbeitet geduldig gueltige gueltigen
insgesamt dezember ausbildungs beschaeftigungs beschaeftigen beschaeftigte beschaeftigten beschaeftigter intern
interns selben selbe selber derselben demselben seither seitdem ungern gesucht gesuchte gesuchten besucht versucht`.split(
  /\s+/,
);

export const LEXICON: Lexicon = buildLexicon(
  [...KEYWORDS, ...COUNTRY_WORDS, ...Object.keys(MONTHS), ...Object.keys(NUMBER_WORDS), ...Object.keys(UNITS)],
  PROTECTED,
);
