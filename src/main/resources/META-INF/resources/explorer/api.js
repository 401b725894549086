// The one way the page talks to the service: a GraphQL operation POSTed to /graphql.
// Every call is recorded so the page can show the exact operation it sent.
import { navigation } from './router.js';

/**
 * An operation of the view on screen: its answer (or its error) is dropped when the reader has moved on
 * (a navigation began after the call: a click while a page loads), so that a slow answer never draws over
 * the newer view; the promise then stays pending and the overtaken view stops where it was.
 */
export async function gql(query, variables, showIn, token) {
  const at = navigation();
  try {
    const data = await request(query, variables, showIn, token);
    if (at !== navigation()) return overtaken();
    return data;
  } catch (e) {
    if (at !== navigation()) return overtaken();
    throw e;
  }
}

function overtaken() {
  return new Promise(() => {});
}

/** An operation whose answer is wanted whatever the view (the search box's suggestions). */
export async function request(query, variables, showIn, token) {
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
