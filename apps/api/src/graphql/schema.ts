import { builder } from './builder';
import './errors';
import './scalars';
import '../modules/catalogue/catalogue.types';
import '../modules/catalogue/catalogue.queries';
import '../modules/grant/grant.types';
import '../modules/grant/rate-card.types';
import '../modules/grant/grant.queries';
import '../modules/project/project.types';
import '../modules/project/project.mutations';
import '../modules/mobility/mobility.types';
import '../modules/mobility/mobility.queries';
import '../modules/mobility/mobility.mutations';
import '../modules/host/host.types';
import '../modules/host/host.mutations';
import '../modules/host/host-access.mutations';
import '../modules/organisation/organisation.types';
import '../modules/organisation/host-directory.types';
import '../modules/organisation/organisation.mutations';
import '../modules/participant/participant.types';
import '../modules/participant/participant-fields';
import '../modules/participant/participant.queries';
import '../modules/participant/participant.mutations';
import '../modules/viewer/viewer.types';
import '../modules/viewer/viewer.queries';
import '../modules/session/session.mutations';

/** The whole schema: each module registers its types on import. */
export const schema = builder.toSchema({ sortSchema: true });
