import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { areaSchema } from './schemas/area';
import { articleSchema } from './schemas/article';
import { assessmentSchema } from './schemas/assessment';

// Content lives in the top-level content/ folder, apart from code, so editors touch one place.
// Cross-file references are checked by the content-check integration before these load.
export const collections = {
  areas: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/areas' }), schema: areaSchema }),
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema: articleSchema }),
  assessments: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/assessments' }),
    schema: assessmentSchema,
  }),
};
