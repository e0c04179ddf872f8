import { Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { SearchRegistry } from '@tradebridge/search';
import { MatchAlertService } from './match-alert.service.js';

/**
 * Hooks match alerts into the search outbox relay: after each batch is indexed (so the new listing is
 * searchable and its counterparts can find it), in whichever process runs the relay (the API by
 * default, or the worker). Without SearchModule there is no relay and no alert.
 */
@Injectable()
export class MatchAlertListener implements OnModuleInit {
  constructor(
    private readonly alerts: MatchAlertService,
    @Optional() private readonly registry?: SearchRegistry,
  ) {}

  onModuleInit(): void {
    this.registry?.onIndexed((changes) => this.alerts.onIndexed(changes));
  }
}
