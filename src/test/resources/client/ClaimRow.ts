// One claim in a list: the fields every claim row shows.
import { graphql } from 'relay-runtime';

export const claimRow = graphql`
  fragment ClaimRow_claim on Claim {
    id
    text
    type
    status
    statedOn
    claimant { id name }
    reportedBy { id name }
    evidence { start end text }
    document { id title }
  }
`;
