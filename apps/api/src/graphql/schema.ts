import { builder } from './builder';
import './errors';
import '../modules/organisation/organisation.types';
import '../modules/participant/participant.types';
import '../modules/viewer/viewer.types';
import '../modules/viewer/viewer.queries';
import '../modules/session/session.mutations';

/** The whole schema: each module registers its types on import. */
export const schema = builder.toSchema({ sortSchema: true });
