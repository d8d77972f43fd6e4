from intercity.audit.context import acting


class AuditActorMiddleware:
    """Attribute writes made while handling a request to the logged-in user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        via = "api" if request.path.startswith("/api/") else "web"
        with acting(user if user and user.is_authenticated else None, via):
            return self.get_response(request)
