// Filtering and paging the claims of the whole graph, and a type-ahead.
import { graphql } from 'relay-runtime';

export const claimSearch = graphql`
  query ClaimSearchQuery($filter: ClaimFilter, $first: Int, $after: String, $q: String!) {
    claims(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ClaimRow_claim } }
    }
    search(query: $q, first: 5) {
      edges { node { type snippet node { __typename id ... on Actor { name } ... on Claim { text } } } }
    }
  }
`;
