import { describe, expect, it } from 'vitest';
import { readWordPressSecret, wordPressLinkMessage } from '../../src/lib/embed/wordpress-link';

describe('the secret WordPress adds to an oEmbed frame', () => {
  it('is read from the address WordPress gives the frame', () => {
    expect(readWordPressSecret('#?secret=Ab12cD34eF')).toBe('Ab12cD34eF');
  });

  it('is absent from frames WordPress did not make, and from anything else in the fragment', () => {
    expect(readWordPressSecret('')).toBeNull();
    expect(readWordPressSecret('#results')).toBeNull();
    expect(readWordPressSecret('#?secret=')).toBeNull();
    expect(readWordPressSecret('#?secret=abc&x=1')).toBeNull();
    expect(readWordPressSecret('#?secret=<script>')).toBeNull();
    expect(readWordPressSecret(`#?secret=${'a'.repeat(65)}`)).toBeNull();
  });
});

describe('the message asking WordPress to follow a link', () => {
  it('is the shape wp-embed listens for: message "link", the address as value, and the secret', () => {
    expect(wordPressLinkMessage('abc123', 'https://example.org/assessments/messaging-risk/')).toEqual({
      message: 'link',
      value: 'https://example.org/assessments/messaging-risk/',
      secret: 'abc123',
    });
  });
});
