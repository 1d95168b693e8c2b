/**
 * The finder's details view: "Back to results", then the service's name while it loads, the problem
 * state if it fails, or the service's details (`service-details.ts`) once they arrive.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterError } from '../../core/errors.js';
import type { Service, ServiceSummary } from '../../core/model.js';
import { londonDateKey } from '../../core/time.js';
import { backLink } from '../../partials/navigation.js';
import { serviceDetails, type DetailsContext, type FinderAction } from './service-details.js';

/** The service whose details are open, and how far loading it has got. */
export type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; id: string; summary?: ServiceSummary }
  | { status: 'ready'; id: string; service: Service; canBook: boolean }
  | { status: 'error'; id: string; error: AdapterError };

export interface DetailsViewContext extends Pick<DetailsContext, 't' | 'lang' | 'hubName' | 'callUs' | 'near' | 'actionHelp'> {
  /** The clock, for which closures are still to come. */
  now: () => Date;
  /** The problem state for a service that failed to load. */
  problem: (error: AdapterError, serviceId: string) => TemplateResult;
  onAction: (action: FinderAction, service: Service) => void;
  onBack: () => void;
}

function content(context: DetailsViewContext, detail: DetailState) {
  const { t } = context;
  if (detail.status === 'ready') {
    const { service } = detail;
    return serviceDetails(
      {
        t,
        lang: context.lang,
        hubName: context.hubName,
        callUs: context.callUs,
        ...(context.near ? { near: context.near } : {}),
        canBook: detail.canBook,
        canRefer: service.access.includes('self_refer'),
        actionHelp: context.actionHelp,
        onAction: (action) => context.onAction(action, service),
        today: londonDateKey(context.now()),
      },
      service,
    );
  }
  if (detail.status === 'error') return context.problem(detail.error, detail.id);
  if (detail.status === 'loading') {
    return html`${detail.summary ? html`<h2 class="hub-heading-l" tabindex="-1" data-details-heading>${detail.summary.name}</h2>` : nothing}
      <p class="hub-body" tabindex="-1" data-details-loading>${t('finder.details.loading')}</p>`;
  }
  return nothing;
}

export function detailsView(context: DetailsViewContext, detail: DetailState) {
  const { t } = context;
  return html`<div class="finder-details" part="details">${backLink(t, () => context.onBack(), t('finder.details.back'))} ${content(context, detail)}</div>`;
}
