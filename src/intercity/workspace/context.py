def workspace(request):
    from intercity.workspace.models import Workspace

    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    ws = Workspace.get()
    return {"workspace": ws, "home": ws.home}
