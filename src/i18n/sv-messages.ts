import type { DataError } from '../data/errors.js';
import { cutShort, footnoted, withheld, wordForYear } from './message-cases.js';
import { shapeExample } from './shape-example.js';
import type { Messages } from './messages.js';

/** "på rad 3 (år 2024)": the row, and its year when it could be read. */
const where = ({ row, year }: DataError): string =>
  row === undefined ? '' : ` på rad ${row}${year === undefined ? '' : ` (år ${year})`}`;
/** "på rad 2" for data rows; "i attributet value" for a single attribute, such as `<key-figure value>`. */
const place = (error: DataError): string =>
  error.row === undefined ? (error.field ? ` i attributet ${error.field}` : '') : where(error);

/** Advice for a figure or a year with a footnote mark after it ("473*", "2023¹"). */
const FOOTNOTE = '. Ta bort fotnotstecknet, eller skriv det i <sup>';
/** A number as the field takes it: a key figure's change in per cent, any other figure a count. */
const example = ({ field }: DataError): string => (field === 'change' ? '−37' : '1\u00a0234');

/** The subject of a missing field, where "Värdet för …" would say the field twice: "Värde saknas på rad 2". */
const MISSING: ReadonlyMap<string | undefined, string> = new Map([
  ['value', 'Värde'],
  ['year', 'År'],
]);

/** The Swedish error messages (see messages.ts). */
export const svMessages: Messages = {
  fields: {
    year: 'år',
    value: 'värde',
    families: 'familjer',
    children: 'barn',
    change: 'förändring',
    date: 'datum',
    label: 'etikett',
  },
  error: (error, field) => {
    const value = `”${error.value ?? ''}”`;
    switch (error.kind) {
      case 'jsonSyntax':
        return `${error.field ? `Attributet ${error.field} är inte` : 'Siffrorna är inte skrivna som'} giltig JSON. ${
          cutShort(error)
            ? `Den slutar efter ${value}, vid det första citattecknet inuti. Skriv enkla citattecken runt värdet: ${error.field ?? 'data'}='[…]'.`
            : 'Kontrollera citattecken, kommatecken och klamrar.'
        }`;
      case 'shape':
        return error.row === undefined
          ? `Siffrorna har fel form. Ange en lista med år och värden, till exempel ${shapeExample(error)}.`
          : `Rad ${error.row} har fel form: den ska ha ett år och värden.`;
      case 'notANumber':
        return `Värdet ${value}${place(error)} ${
          error.detail === 'percent'
            ? 'är en andel i procent, men diagrammet visar antal. Skriv antalet'
            : error.detail
              ? 'är för stort för att visas'
              : `är inte ett tal${
                  footnoted(error)
                    ? FOOTNOTE
                    : withheld(error)
                      ? '. Saknas talet, lämna cellen tom eller skriv –'
                      : `. Skriv talet med siffror, till exempel ${example(error)}`
                }`
        }.`;
      case 'invalidYear':
        return error.detail === 'across'
          ? `Åren ska stå i den första kolumnen, ett år per rad, men här står de bredvid varandra på rad ${error.row ?? 1}. Vänd tabellen: åren i den första kolumnen och talen i nästa.`
          : error.detail
            ? `Åren ska stå i den första kolumnen, men där står ${value} på rad ${error.row ?? 1}, och åren står i kolumn ${error.detail}. Ta bort kolumnerna före åren.`
            : wordForYear(error)
              ? `Rad ${error.row ?? 1} har ${value}, inte ett årtal. Ta bort raden om den är en summa, källa eller rubrik.`
              : `Året ${value}${where(error)} är inte ett årtal${footnoted(error) ? FOOTNOTE : ' med fyra siffror'}.`;
      case 'duplicateYear':
        return `Året ${error.value ?? ''} finns mer än en gång (rad ${error.row ?? '?'}). Ta bort eller rätta en av raderna.`;
      case 'missingField':
        return `${MISSING.get(error.field) ?? `Värdet för ${field}`} saknas${where(error)}.${
          error.detail ? ` Nycklarna ${error.detail} läses inte; nyckeln ska heta ${error.field ?? ''}.` : ''
        }`;
      case 'empty':
        return 'Det finns inga värden att visa.';
      case 'invalidMarker':
        return `Markeringen${where(error)} är ogiltig. Ange till exempel [{"date":"2022-05","label":"Bostad först"}].`;
      case 'negative':
        return `Värdet ${value}${where(error)} är negativt, men ett antal kan inte vara mindre än noll.`;
      case 'fetchFailed':
        return `Siffrorna kunde inte hämtas från ${value}. Kontrollera adressen, och att servern tillåter hämtning från den här webbplatsen (CORS).`;
      case 'httpStatus':
        return `Servern svarade med fel ${error.detail ?? ''} för ${value}. Kontrollera adressen.`;
      case 'timeout':
        return `Det tog för lång tid att hämta ${value}. Försök igen senare.`;
      case 'notData':
        return `${value} innehåller inte JSON eller CSV (kanske en webbsida). Kontrollera adressen.`;
      case 'invalidCsv':
        return `CSV-filen är ogiltig: ett citattecken${error.row === undefined ? '' : ` på rad ${error.row} i filen`} avslutas aldrig.`;
      case 'ambiguousNumber':
        return `Värdet ${value}${place(error)} kan läsas på två sätt. Skriv tusental med mellanslag, som 1\u00a0234, och decimaler med komma, som 1,5. Tre decimaler skrivs med en nolla till: 1,2340.`;
      case 'unknownOption':
        return `Attributet ${field} kan inte vara ${value}. Möjliga värden: ${error.detail ?? ''}.`;
      case 'cutByQuotes':
        return `Attributet ${error.field ?? ''} börjar med ett typografiskt citattecken, som webbläsaren inte läser som citattecken. Därför blir texten bara ”${error.value?.slice(1) ?? ''}”. Skriv raka citattecken: ${error.field ?? ''}="…".`;
      case 'moreFamiliesThanChildren':
        return `År ${error.year ?? ''} har fler barnfamiljer (${error.value ?? ''}) än barn (${error.detail ?? ''}). Kontrollera talen och kolumnernas ordning: år, barnfamiljer, barn.`;
      case 'extraColumn':
        return `Talet ${value}${where(error)} står i kolumn ${error.detail ?? ''}, som diagrammet inte visar. Ta bort kolumnen, eller visa talen i ett eget diagram.`;
      case 'tableInKeyFigure':
        return 'Nyckeltalet läser inte tabeller, JSON eller attributen data och src. Skriv talet i attributet value, till exempel value="473".';
      case 'markerOutside':
        return `Markeringen${where(error)} ligger utanför diagrammets år ${error.detail ?? ''} och visas inte.`;
      case 'rowsAsText':
        return 'Siffrorna står som text i taggen, men diagrammet läser dem bara ur en tabell (<table>) i taggen eller ur attributet data. Byggaren skriver koden åt dig.';
      case 'tooLarge':
        return `Filen ${value} är för stor (${error.detail ?? ''} MB). Diagrammen läser filer på högst 5 MB.`;
      case 'misspeltAttribute':
        return `Det finns inget attribut som heter ${error.field ?? ''}, så det används inte. Menade du ${error.detail ?? ''}?`;
    }
  },
};
