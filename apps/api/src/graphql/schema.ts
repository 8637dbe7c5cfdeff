import { builder } from './builder';
import './errors';
import './scalars';
import '../modules/catalogue/catalogue.types';
import '../modules/catalogue/catalogue.queries';
import '../modules/grant/grant.types';
import '../modules/grant/rate-card.types';
import '../modules/grant/grant.queries';
import '../modules/organisation/organisation.types';
import '../modules/participant/participant.types';
import '../modules/viewer/viewer.types';
import '../modules/viewer/viewer.queries';
import '../modules/session/session.mutations';

/** The whole schema: each module registers its types on import. */
export const schema = builder.toSchema({ sortSchema: true });
