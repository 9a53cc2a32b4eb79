/**
 * A small published-style exchange list read through core's CSV import:
 * years (one with an end), citations that become the park's sources, a note,
 * and two columns the importer does not know (`page`, `contact`) kept as
 * flow attributes; the last exchange has a quantity and nothing else.
 */
import { importFlowsCsv } from '../../../src/core/io/flowsCsv.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';

const CSV = `from,to,material,category,quantity,unit,year,end,source,note,page,contact
Power station,Refinery,steam,energy,,,1982,,"Book A, ch. 3, case study, pp. 100 and 103",piped since the 80s,100,Jacobsen 2006
Refinery,Power station,cooling water,water,700000,m3/a,1987,1995,Book B,,12,
Power station,Gyproc,gypsum,by-product,200000,t/a,,,,,,
`;

export function exchangeList(): ParkModel {
  const result = importFlowsCsv(CSV, { file: 'list.csv', referenceYear: 2020 });
  if (!result.ok) throw new Error('the fixture must import');
  return result.model;
}
