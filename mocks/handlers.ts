// MSW handlers shared by tests and, on request (?mock=…), the dev server: good, slow, failing and bad documents.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { buildSmallDocument } from './fixtures/small-document';
import {
  HTML_ERROR_PAGE,
  invalidDocument,
  partialDocument,
  truncatedDocumentText,
  wrongVersionDocument,
} from './fixtures/broken-documents';

export const SCENARIOS = ['small', 'slow', 'failing', 'offline', 'invalid', 'partial', 'html', 'truncated', 'wrong-version'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Responds to requests for `url` (an address or an MSW path pattern) as the scenario says. */
export function documentHandler(url: string, scenario: Scenario): HttpHandler {
  return http.get(url, async () => {
    switch (scenario) {
      case 'small':
        return HttpResponse.json(buildSmallDocument());
      case 'slow':
        await delay(4000);
        return HttpResponse.json(buildSmallDocument());
      case 'failing':
        return new HttpResponse('Internal Server Error', { status: 500 });
      case 'offline':
        return HttpResponse.error();
      case 'invalid':
        return HttpResponse.json(invalidDocument() as Record<string, unknown>);
      case 'partial':
        return HttpResponse.json(partialDocument() as Record<string, unknown>);
      case 'html':
        return new HttpResponse(HTML_ERROR_PAGE, { status: 200, headers: { 'Content-Type': 'text/html' } });
      case 'truncated':
        return new HttpResponse(truncatedDocumentText(), { headers: { 'Content-Type': 'application/json' } });
      case 'wrong-version':
        return HttpResponse.json(wrongVersionDocument() as Record<string, unknown>);
    }
  });
}

/** The dev server's scenario switch: the built-in data path answers with the chosen scenario. */
export function scenarioHandlers(scenario: string): HttpHandler[] {
  const known = (SCENARIOS as readonly string[]).includes(scenario) ? (scenario as Scenario) : 'small';
  return [documentHandler('*/data/thai-binh-sample.json', known)];
}
