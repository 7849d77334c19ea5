import path from 'node:path';
import type { Express } from 'express';
import { ExpressHandlebars } from 'express-handlebars';
import type { Config } from '../../config';
import { viewHelpers } from '../view-helpers';

type PartialsOptions = Parameters<ExpressHandlebars['getPartials']>[0];

/**
 * With the view cache on, the partials are looked up once: express-handlebars lists the partials
 * folder and resolves every file's path and name three times per page (page, layout, and around
 * them), about a tenth of a search page's CPU time, for the same answer. Without it (`npm run
 * dev`), each page reads them again, so that an edited partial shows at once.
 */
class CachedPartials extends ExpressHandlebars {
  private partials: ReturnType<ExpressHandlebars['getPartials']> | undefined;

  override getPartials(options: PartialsOptions = {}): ReturnType<ExpressHandlebars['getPartials']> {
    if (!options.cache) return super.getPartials(options);
    this.partials ??= super.getPartials(options).catch((error: unknown) => {
      this.partials = undefined;
      throw error;
    });
    return this.partials;
  }
}

export function setUpViewEngine(app: Express, config: Config): void {
  const views = path.join(config.projectRoot, 'views');
  const handlebars = new CachedPartials({
    extname: '.hbs',
    defaultLayout: 'main',
    layoutsDir: path.join(views, 'layouts'),
    partialsDir: path.join(views, 'partials'),
    helpers: viewHelpers,
    // Partials are not re-indented line by line to their call site: that cost more than the rest
    // of the rendering on the longest pages (the matching results), for whitespace only.
    compilerOptions: { preventIndent: true },
  });
  app.engine('hbs', handlebars.engine);
  app.set('view engine', 'hbs');
  app.set('views', path.join(views, 'pages'));
  // Compiled templates are cached everywhere (`npm start` included) except in `npm run dev`.
  app.set('view cache', !config.devMode);
}
