import { Module } from '@nestjs/common';
import { CatalogModule } from '@tradebridge/catalog';
import { IdentityModule } from '@tradebridge/identity';
import { BenchDataLoader } from './bench-data-loader.service.js';
import { DemoCatalogWriter } from './demo-catalog-writer.js';
import { DemoSeeder } from './demo-seeder.service.js';

/** The demo data (`npm start`'s first start, `npm run seed`) and the benchmark data (`npm run bench:data`). */
@Module({
  imports: [IdentityModule, CatalogModule],
  providers: [DemoCatalogWriter, DemoSeeder, BenchDataLoader],
  exports: [DemoSeeder, BenchDataLoader],
})
export class DemoModule {}
