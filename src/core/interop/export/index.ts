/**
 * `landscape export`: the merged landscape as another tool's file, one pure function per
 * format (no file system here; the CLI writes what these return). docs/interop.md has the
 * mapping of each.
 */
import type { Landscape } from '../../model/landscape';
import { exportBackstage, exportBackstageFiles } from './backstage';
import { exportDrawio } from './drawio';
import { exportLikeC4 } from './likec4';
import { pictureOf } from './picture';
import { exportPlantUml } from './plantuml';
import { exportStructurizr } from './structurizr';

export const EXPORT_FORMATS = ['backstage', 'likec4', 'structurizr', 'plantuml', 'drawio'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension of each format, for a file written into a folder. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { backstage: 'yaml', likec4: 'c4', structurizr: 'dsl', plantuml: 'puml', drawio: 'drawio' };

export function exportLandscape(format: ExportFormat, l: Landscape): string {
  switch (format) {
    case 'backstage': return exportBackstage(l);
    case 'likec4': return exportLikeC4(pictureOf(l));
    case 'structurizr': return exportStructurizr(pictureOf(l));
    case 'plantuml': return exportPlantUml(pictureOf(l));
    case 'drawio': return exportDrawio(l);
  }
}

/** Backstage's catalog as a folder: one file per entity and a Location listing them. */
export { exportBackstageFiles };
