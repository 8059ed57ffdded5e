/** `/brand/logo.png`: the company logo from the content folder. */
import { logoEndpoint } from '../../astro/logo.ts';

export const { getStaticPaths, GET } = logoEndpoint('png');
