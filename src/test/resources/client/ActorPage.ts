// An actor's page in a front end: what it said, who it stands with. Relay naming: <Module>Query.
import { graphql } from 'relay-runtime';

export const actorPage = graphql`
  query ActorPageQuery($id: ID!, $first: Int = 10, $after: String) {
    actor(id: $id) {
      id
      name
      kind
      countryCode
      aliases
      parent { id name }
      claimsMade(first: $first, after: $after, orderBy: { field: STATED_ON, direction: DESC }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { ...ClaimRow_claim } }
      }
      relationships(first: 20, statuses: [ACTIVE, ALLEGED]) {
        edges { node { id type status since source { id name } target { id name } } }
      }
    }
  }
`;
