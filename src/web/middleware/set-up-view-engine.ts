import path from 'node:path';
import type { Express } from 'express';
import { engine } from 'express-handlebars';
import type { Config } from '../../config';
import { viewHelpers } from '../view-helpers';

export function setUpViewEngine(app: Express, config: Config): void {
  const views = path.join(config.projectRoot, 'views');
  app.engine(
    'hbs',
    engine({
      extname: '.hbs',
      defaultLayout: 'main',
      layoutsDir: path.join(views, 'layouts'),
      partialsDir: path.join(views, 'partials'),
      helpers: viewHelpers,
      // Partials are not re-indented line by line to their call site: that cost more than the rest
      // of the rendering on the longest pages (the matching results), for whitespace only.
      compilerOptions: { preventIndent: true },
    }),
  );
  app.set('view engine', 'hbs');
  app.set('views', path.join(views, 'pages'));
  // Compiled templates are cached everywhere (`npm start` included) except in `npm run dev`.
  app.set('view cache', !config.devMode);
}
