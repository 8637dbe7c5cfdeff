import { findActivityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { ACTIVITY_TYPE_CODES, type ActivityTypeCode } from '@mobilis/domain/catalogue/activity-type-codes';
import { fromGraphqlEnumName, toGraphqlEnumName } from '@mobilis/domain/catalogue/graphql-enum-name';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityTypeCode as GraphqlActivityTypeCode } from '../../gql/graphql';

/** `SM_JOB_SHDW` (GraphQL) → `SM-JOB-SHDW` (domain); `null` for a name the catalogue lacks. */
export function activityTypeFromGraphql(name: string): ActivityTypeCode | null {
  return fromGraphqlEnumName(name, ACTIVITY_TYPE_CODES);
}

/** `SM-JOB-SHDW` (domain) → `SM_JOB_SHDW`, the API's enum value. */
export function activityTypeToGraphql(code: ActivityTypeCode): GraphqlActivityTypeCode {
  // Every domain code maps onto one enum value: the API's enum is generated from the same list.
  return toGraphqlEnumName(code) as GraphqlActivityTypeCode;
}

/**
 * "Job shadowing (SM-JOB-SHDW)" for a domain code or a GraphQL enum name, in the UI language
 * (names are the grant calculator's, translated by code).
 */
export function useActivityTypeLabel(): (codeOrEnumName: string) => string {
  const { t } = useTranslation('org');
  return useCallback(
    (codeOrEnumName: string) => {
      const type = findActivityType(codeOrEnumName) ?? findActivityType(codeOrEnumName.replaceAll('_', '-'));
      if (!type) return codeOrEnumName;
      return t('mobilities.activityOption', {
        name: t(`grantCalculator.activityTypes.${type.code}`),
        code: type.code,
      });
    },
    [t],
  );
}
