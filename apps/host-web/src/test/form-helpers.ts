import { fireEvent, within } from '@testing-library/react';
import type { renderApp } from './render-app';

/** The requests the app sent for one operation, in order. */
export function requestsOf(requests: ReturnType<typeof renderApp>['requests'], operationName: string) {
  return requests.filter((request) => request.body.operationName === operationName);
}

/** Types `value` into the field labelled `label` (a RegExp also matches Mantine's " *" of required fields). */
export function change(label: string | RegExp, value: string, container: HTMLElement = document.body) {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } });
}
