// The one way the page talks to the service: a GraphQL operation POSTed to /graphql.
// Every call is recorded so the page can show the exact operation it sent.
export async function gql(query, variables, showIn, token) {
  if (showIn) {
    document.getElementById(showIn).textContent =
      query.trim() + '\n\n# variables\n' + JSON.stringify(variables, null, 2);
  }
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}
