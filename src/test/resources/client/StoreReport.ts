// The explorer's write path: store a reviewed report, curate an actor.
import { graphql } from 'relay-runtime';

export const storeReport = graphql`
  mutation StoreReportMutation($input: DocumentInput!) {
    ingestDocument(input: $input) {
      outcome
      document { id title }
      createdClaims { id }
      warnings
    }
  }
`;

export const upsertActor = graphql`
  mutation StoreReportUpsertActorMutation($input: ActorUpsertInput!) {
    upsertActor(input: $input) {
      created
      actor { id name kind aliases }
    }
  }
`;
